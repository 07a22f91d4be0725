package org.focalexplorer.cli;

final class TrainMulticlass {
    private final TrainCommand command;

    TrainMulticlass(TrainCommand command) {
        this.command = command;
    }

    int run() {
        return 2;
    }
}
