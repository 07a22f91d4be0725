package org.focalexplorer.analysis.predictions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.focalexplorer.loss.FocalCurves;
import org.focalexplorer.loss.FocalSetting;

/**
 * The loss analysis of a loaded {@link PredictionSet}, built once (sorting each class by x_t and binning it,
 * about a second for 10 million rows) and then asked again and again as α and γ move ({@link #analyse}:
 * a few milliseconds, independent of N up to the number of occupied bins).
 *
 * <p>Every loss of an example here is α_y · FL_γ(x_t), a function of its class and x_t alone, decreasing in
 * x_t. So sums over a class (and over its hard, middle and easy regions) are sums over fine bins of x_t,
 * each taken from six moments of the bin and a Taylor series of the loss at its centre (see
 * {@link ClassColumn} and {@link Jets}); "the hardest m examples" of a class are its first m in sorted order.
 * The truncation error of a bin's sum is of the order of the first neglected Taylor term, (h(γ+1)/2)⁶/6! of its
 * value for the steepest part of the loss (e^{−(γ+1)x_t}) with bins of width h = 1/64: about 5e-10 relative at
 * γ = 10 — an estimate, not a proven bound; {@code PredictionAnalysisTest} checks every figure against direct
 * sums over the examples to the 1e-6 the shares promise.
 *
 * <p>Thread-safe and immutable apart from an internal cache; {@link #analyse} may run on any thread.
 */
public final class PredictionAnalysis {
    /** γ values of the paper's Figure 4. */
    public static final double[] PAPER_GAMMAS = {0.0, 0.5, 1.0, 2.0};
    /** Points per Figure 4 curve: every 1 % of the examples. */
    public static final int FIGURE4_POINTS = 101;
    public static final double DEFAULT_HARDEST_FRACTION = 0.10;

    private final PredictionSet set;
    private final int negativeClass;
    private final ClassColumn[] columns;
    private final long[] counts;
    private final PtHistogram histogram;
    private final Map<Double, ClassSums[]> fixed = new LinkedHashMap<>();
    private final Map<Double, Figure4Curve> fixedCurves = new LinkedHashMap<>();
    private volatile Cached last;
    /** Figure 4's ranks for the negatives and for the positives, which do not depend on α or γ. */
    private final Figure4Plan negativePlan;
    private final Figure4Plan positivePlan;
    private final Map<List<Double>, Double> hardestAtZero = new java.util.concurrent.ConcurrentHashMap<>();

    private record Cached(double gamma, ClassSums[] sums) {}

    private PredictionAnalysis(PredictionSet set, int negativeClass, Monitor monitor) {
        this.set = set;
        this.negativeClass = negativeClass;
        int classes = set.classes();
        counts = set.classCounts();
        monitor.step(0.05);
        columns = set.margins().isFloat() ? floatColumns(set, counts, monitor) : doubleColumns(set, counts, monitor);
        histogram = PtHistogram.of(columns);
        int[] positives = new int[classes - 1];
        for (int c = 0, j = 0; c < classes; c++) {
            if (c != negativeClass) {
                positives[j++] = c;
            }
        }
        negativePlan = plan(new int[] {negativeClass});
        positivePlan = plan(positives);
        for (double g : PAPER_GAMMAS) {
            ClassSums[] sums = sums(g);
            fixed.put(g, sums);
            fixedCurves.put(g, figure4(g, sums));
        }
        monitor.step(1.0);
    }

    /** Each class's x_t, sorted and binned. */
    private static ClassColumn[] doubleColumns(PredictionSet set, long[] counts, Monitor monitor) {
        int classes = counts.length;
        double[][] values = new double[classes][];
        for (int c = 0; c < classes; c++) {
            values[c] = new double[Math.toIntExact(counts[c])];
        }
        int[] fill = new int[classes];
        int n = set.rows();
        for (int i = 0; i < n; i++) {
            int y = set.label(i);
            values[y][fill[y]++] = set.margin(i);
            if ((i & 0xFFFFF) == 0) {
                monitor.step(0.05 + 0.15 * i / Math.max(1, n));
            }
        }
        ClassColumn[] columns = new ClassColumn[classes];
        for (int c = 0; c < classes; c++) {
            columns[c] = ClassColumn.sorting(values[c]);
            values[c] = null;
            monitor.step(0.2 + 0.7 * (c + 1) / classes);
        }
        return columns;
    }

    /**
     * The same for x_t held as float32 (every value exactly a float): sorted as floats (half the bytes to move,
     * half the radix passes), then widened — the very same sorted doubles.
     */
    private static ClassColumn[] floatColumns(PredictionSet set, long[] counts, Monitor monitor) {
        int classes = counts.length;
        float[][] values = new float[classes][];
        for (int c = 0; c < classes; c++) {
            values[c] = new float[Math.toIntExact(counts[c])];
        }
        int[] fill = new int[classes];
        int n = set.rows();
        CompactDoubles margins = set.margins();
        for (int i = 0; i < n; i++) {
            int y = set.label(i);
            values[y][fill[y]++] = margins.floatAt(i);
            if ((i & 0xFFFFF) == 0) {
                monitor.step(0.05 + 0.15 * i / Math.max(1, n));
            }
        }
        ClassColumn[] columns = new ClassColumn[classes];
        for (int c = 0; c < classes; c++) {
            columns[c] = ClassColumn.ofSorted(org.focalexplorer.toy.DoubleSort.sortMillionsWidened(values[c]));
            values[c] = null;
            monitor.step(0.2 + 0.7 * (c + 1) / classes);
        }
        return columns;
    }

    /** The analysis of a binary set, or of a multi-class set with class 0 as the negatives. */
    public static PredictionAnalysis of(PredictionSet set, Monitor monitor) {
        return of(set, 0, monitor);
    }

    /**
     * @param negativeClass multi-class: the class whose examples count as negatives (the background of a
     *                      detector or segmenter); binary: must be 0
     */
    public static PredictionAnalysis of(PredictionSet set, int negativeClass, Monitor monitor) {
        if (negativeClass < 0 || negativeClass >= set.classes() || (set.binary() && negativeClass != 0)) {
            throw new IllegalArgumentException("negative class = " + negativeClass + ": must be "
                    + (set.binary() ? "0 for binary data" : "in [0, " + set.classes() + ")"));
        }
        if (set.rows() == 0) {
            throw new IllegalArgumentException(set.source() + ": no rows to analyse");
        }
        return new PredictionAnalysis(set, negativeClass, monitor);
    }

    public PredictionSet set() {
        return set;
    }

    public int negativeClass() {
        return negativeClass;
    }

    /** Binary data under a {@link FocalSetting}, hardest 10 %. */
    public PredictionReport analyse(FocalSetting setting) {
        return analyse(setting, DEFAULT_HARDEST_FRACTION);
    }

    public PredictionReport analyse(FocalSetting setting, double hardestFraction) {
        if (!set.binary()) {
            throw new IllegalArgumentException("a FocalSetting describes binary data; " + set.source()
                    + " has " + set.classes() + " classes: give an alpha vector");
        }
        double[] alphas = {setting.alphaT(false), setting.alphaT(true)};
        return analyse(alphas, setting.gamma(), hardestFraction);
    }

    /**
     * @param alphas          α_y per class (null: no α weighting); binary: {1 − α, α}
     * @param gamma           γ ≥ 0
     * @param hardestFraction k of "the hardest k %", in (0, 1]
     */
    public PredictionReport analyse(double[] alphas, double gamma, double hardestFraction) {
        int classes = set.classes();
        double[] a = alphas == null ? ones(classes) : alphas.clone();
        if (a.length != classes) {
            throw new IllegalArgumentException("alpha has " + a.length + " entries: must have one per class (" + classes + ")");
        }
        for (int c = 0; c < classes; c++) {
            if (!(a[c] >= 0.0 && a[c] < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("alpha[" + c + "] = " + a[c] + ": must be a finite number >= 0");
            }
        }
        if (!(gamma >= 0.0 && gamma < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("gamma = " + gamma + ": must be a finite number >= 0");
        }
        if (!(hardestFraction > 0.0 && hardestFraction <= 1.0)) {
            throw new IllegalArgumentException("hardest fraction = " + hardestFraction + ": must be in (0, 1]");
        }
        gamma = gamma == 0.0 ? 0.0 : gamma;
        ClassSums[] ceSums = fixed.get(0.0);
        ClassSums[] flSums = sumsAt(gamma);
        int k = hardestCount(hardestFraction);
        LossBreakdown ce = breakdown("ce", 0.0, ceSums, ones(classes), k);
        LossBreakdown alphaCe = breakdown("alpha_ce", 0.0, ceSums, a, k);
        LossBreakdown focal = breakdown("focal", gamma, flSums, a, k);
        List<Figure4Curve> curves = new ArrayList<>(fixedCurves.values());
        if (!fixedCurves.containsKey(gamma)) {
            curves.add(figure4(gamma, flSums));
        }
        List<Long> cc = new ArrayList<>();
        for (long c : counts) {
            cc.add(c);
        }
        List<Double> al = new ArrayList<>();
        for (double v : a) {
            al.add(v);
        }
        return new PredictionReport(set.rows(), set.binary(), cc, negativeClass, al, gamma, ce, alphaCe, focal,
                hardestFraction, curves, histogram, set.summary());
    }

    private int hardestCount(double fraction) {
        int n = set.rows();
        return (int) Math.max(1, Math.min(n, Math.ceil(fraction * n - 1e-9)));
    }

    private ClassSums[] sumsAt(double gamma) {
        ClassSums[] f = fixed.get(gamma);
        if (f != null) {
            return f;
        }
        Cached c = last;
        if (c != null && c.gamma == gamma) {
            return c.sums;
        }
        ClassSums[] s = sums(gamma);
        last = new Cached(gamma, s);
        return s;
    }

    private ClassSums[] sums(double gamma) {
        ClassSums[] s = new ClassSums[columns.length];
        for (int c = 0; c < columns.length; c++) {
            s[c] = new ClassSums(columns[c], gamma);
        }
        return s;
    }

    private LossBreakdown breakdown(String id, double gamma, ClassSums[] sums, double[] alphas, int hardest) {
        int classes = columns.length;
        double total = 0;
        double totalGrad = 0;
        double easyNeg = 0;
        double easyNegGrad = 0;
        double hard = 0;
        double hardGrad = 0;
        double pos = 0;
        double posGrad = 0;
        double sw = 0;
        double sw2 = 0;
        double[] classLoss = new double[classes];
        for (int c = 0; c < classes; c++) {
            ClassSums s = sums[c];
            double a = alphas[c];
            classLoss[c] = a * s.loss();
            total += classLoss[c];
            totalGrad += a * s.gradient();
            hard += a * s.lossByRegion[ClassColumn.HARD];
            hardGrad += a * s.gradientByRegion[ClassColumn.HARD];
            if (c == negativeClass) {
                easyNeg += a * s.lossByRegion[ClassColumn.EASY];
                easyNegGrad += a * s.gradientByRegion[ClassColumn.EASY];
            } else {
                pos += classLoss[c];
                posGrad += a * s.gradient();
            }
            sw += a * s.weight;
            sw2 += a * a * s.weightSquared;
        }
        List<Double> shares = new ArrayList<>();
        for (double v : classLoss) {
            shares.add(v / total);
        }
        // CE and α-CE do not change with γ: their hardest-k sums are kept for the α vectors seen
        double hardestLoss = gamma == 0.0
                ? hardestAtZeroBounded().computeIfAbsent(key(alphas, hardest), x -> hardestLoss(sums, alphas, hardest))
                : hardestLoss(sums, alphas, hardest);
        return new LossBreakdown(id, gamma,
                new Shares(easyNeg / total, hard / total, pos / total),
                new Shares(easyNegGrad / totalGrad, hardGrad / totalGrad, posGrad / totalGrad),
                shares, total > 0 ? Math.min(1.0, hardestLoss / total) : Double.NaN,
                sw2 > 0 ? sw * sw / sw2 : 0.0, total, totalGrad);
    }

    /**
     * The summed loss α_y FL(x_t) of the {@code k} examples with the largest loss across all classes: the
     * threshold τ with at most k losses above it is found by bisection on the bits of τ (each step counts,
     * per class, the examples above τ by a binary search over its sorted x_t, evaluating the loss core);
     * the examples above τ are each class's hardest, and the rest of the k have a loss of exactly τ.
     */
    private double hardestLoss(ClassSums[] sums, double[] alphas, int k) {
        double gamma = sums[0].gamma;
        double max = 0.0;
        for (int c = 0; c < columns.length; c++) {
            if (columns[c].size() > 0) {
                max = Math.max(max, alphas[c] * fl(columns[c].sorted[0], gamma));
            }
        }
        long lo = 0;                               // bits of τ = 0
        long hi = Double.doubleToLongBits(max);    // nothing lies above the largest loss
        if (countAbove(0.0, alphas, gamma) > k) {
            while (hi - lo > 1) {                  // invariant: count(lo) > k >= count(hi)
                long mid = (lo + hi) >>> 1;
                if (countAbove(Double.longBitsToDouble(mid), alphas, gamma) > k) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
        } else {
            hi = 0;
        }
        double tau = Double.longBitsToDouble(hi);
        double sum = 0.0;
        long taken = 0;
        for (int c = 0; c < columns.length; c++) {
            int m = above(columns[c], alphas[c], tau, gamma);
            sum += alphas[c] * sums[c].hardest(m);
            taken += m;
        }
        return sum + (k - taken) * tau;
    }

    private long countAbove(double tau, double[] alphas, double gamma) {
        long n = 0;
        for (int c = 0; c < columns.length; c++) {
            n += above(columns[c], alphas[c], tau, gamma);
        }
        return n;
    }

    /** Examples of a class with α FL(x_t) &gt; τ: a prefix of the sorted column. */
    private static int above(ClassColumn col, double alpha, double tau, double gamma) {
        int lo = 0;
        int hi = col.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (alpha * fl(col.sorted[mid], gamma) > tau) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** FL(x_t) without α, from the loss core. */
    static double fl(double xt, double gamma) {
        return FocalCurves.flOfLogit(xt, 1.0, gamma);
    }

    private Figure4Curve figure4(double gamma, ClassSums[] sums) {
        double[][] neg = curve(negativePlan, sums, gamma);
        double[][] pos = curve(positivePlan, sums, gamma);
        return new Figure4Curve(gamma, neg[0], neg[1], pos[0], pos[1]);
    }

    /**
     * The γ-free part of a group's Figure 4: the points' x, and for each point the hardest m = n − k examples
     * of the group as prefixes of its classes. Which examples those are depends on x_t alone (the loss is the
     * same decreasing function of x_t in every class), and the moments of a partly covered bin do not depend
     * on γ either, so every γ only weighs these prefixes with its own coefficients.
     *
     * @param prefixes per point, one prefix per class of the group (null: m ≤ 0, the loss is 0)
     * @param rest     per point of a pooled group: m minus the examples the prefixes hold, each with x_t = at
     */
    private record Figure4Plan(int[] group, long n, double[] x, ClassSums.Prefix[][] prefixes, long[] rest, double[] at) {}

    private Figure4Plan plan(int[] group) {
        long n = 0;
        for (int c : group) {
            n += columns[c].size();
        }
        if (n == 0) {
            return new Figure4Plan(group, 0, new double[0], new ClassSums.Prefix[0][], new long[0], new double[0]);
        }
        int points = (int) Math.min(n + 1, FIGURE4_POINTS);
        double[] x = new double[points];
        ClassSums.Prefix[][] prefixes = new ClassSums.Prefix[points][];
        long[] rest = new long[points];
        double[] at = new double[points];
        for (int j = 0; j < points; j++) {
            long k = Math.round((double) j * n / (points - 1)); // the k easiest examples
            x[j] = (double) k / n;
            long m = n - k;
            if (m <= 0) {
                continue;
            }
            prefixes[j] = new ClassSums.Prefix[group.length];
            if (group.length == 1) {
                prefixes[j][0] = ClassSums.Prefix.of(columns[group[0]], (int) m);
                continue;
            }
            double v = mthSmallest(group, m);
            long taken = 0;
            for (int i = 0; i < group.length; i++) {
                int below = columns[group[i]].countBelow(v);
                prefixes[j][i] = ClassSums.Prefix.of(columns[group[i]], below);
                taken += below;
            }
            rest[j] = m - taken;
            at[j] = v;
        }
        return new Figure4Plan(group, n, x, prefixes, rest, at);
    }

    /** x and y of a group's cumulative normalised loss (α-free, as in the paper). */
    private double[][] curve(Figure4Plan plan, ClassSums[] sums, double gamma) {
        if (plan.n() == 0) {
            return new double[][] {new double[0], new double[0]};
        }
        double total = 0.0;
        for (int c : plan.group()) {
            total += sums[c].loss();
        }
        int points = plan.x().length;
        double[] x = plan.x().clone();
        double[] y = new double[points];
        for (int j = 0; j < points; j++) {
            if (!(total > 0.0)) {
                y[j] = x[j];
            } else {
                double easiest = total - hardestPooled(plan, j, sums, gamma);
                y[j] = Math.max(0.0, Math.min(1.0, easiest / total));
            }
        }
        y[0] = 0.0;
        y[points - 1] = 1.0;
        return new double[][] {x, y};
    }

    /** The α-free loss of the hardest m examples of point j's group (see {@link Figure4Plan}). */
    private static double hardestPooled(Figure4Plan plan, int j, ClassSums[] sums, double gamma) {
        ClassSums.Prefix[] prefixes = plan.prefixes()[j];
        if (prefixes == null) {
            return 0.0;
        }
        int[] group = plan.group();
        if (group.length == 1) {
            return sums[group[0]].hardest(prefixes[0]);
        }
        double sum = 0.0;
        for (int i = 0; i < group.length; i++) {
            sum += sums[group[i]].hardest(prefixes[i]);
        }
        return sum + plan.rest()[j] * fl(plan.at()[j], gamma);
    }

    /** The m-th smallest x_t over a group of classes: the smallest v with count(x_t ≤ v) ≥ m, by bisection. */
    private double mthSmallest(int[] group, long m) {
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (int c : group) {
            ClassColumn col = columns[c];
            if (col.size() > 0) {
                lo = Math.min(lo, order(col.sorted[0]));
                hi = Math.max(hi, order(col.sorted[col.size() - 1]));
            }
        }
        while (lo < hi) {
            long mid = (lo >> 1) + (hi >> 1) + (lo & hi & 1); // floor of the mean, without overflow
            if (countAtMost(group, unorder(mid)) >= m) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return unorder(lo);
    }

    private long countAtMost(int[] group, double v) {
        long n = 0;
        double next = Math.nextUp(v);
        for (int c : group) {
            n += columns[c].countBelow(next);
        }
        return n;
    }

    /** A long whose order is the order of the doubles (finite values). */
    private static long order(double d) {
        long b = Double.doubleToLongBits(d);
        return b < 0 ? b ^ Long.MAX_VALUE : b;
    }

    private static double unorder(long o) {
        return Double.longBitsToDouble(o < 0 ? o ^ Long.MAX_VALUE : o);
    }

    /** The cache, emptied now and then so a long α drag cannot grow it without bound. */
    private Map<List<Double>, Double> hardestAtZeroBounded() {
        if (hardestAtZero.size() > 256) {
            hardestAtZero.clear();
        }
        return hardestAtZero;
    }

    private static List<Double> key(double[] alphas, int k) {
        List<Double> key = new ArrayList<>();
        for (double a : alphas) {
            key.add(a);
        }
        key.add((double) k);
        return key;
    }

    private static double[] ones(int n) {
        double[] a = new double[n];
        Arrays.fill(a, 1.0);
        return a;
    }

    /** Bins in use, over all classes (what one {@link #analyse} evaluates). */
    public int bins() {
        int b = 0;
        for (ClassColumn c : columns) {
            b += c.bins;
        }
        return b;
    }
}
