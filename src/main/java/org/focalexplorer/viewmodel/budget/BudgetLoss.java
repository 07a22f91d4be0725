package org.focalexplorer.viewmodel.budget;

/** The three losses the budget compares: plain CE, α-balanced CE (γ = 0) and FL. */
public enum BudgetLoss {
    CE, ALPHA_CE, FL;

    public String key() {
        return "budget.loss." + name();
    }
}
