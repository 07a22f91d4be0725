package org.focalexplorer.loss;

/** The exact scalar loops: one {@link FocalElement} per element, {@link SoftmaxRow} per row, in order. */
final class ScalarChunkKernel implements ChunkKernel {

    static final ScalarChunkKernel INSTANCE = new ScalarChunkKernel();

    private ScalarChunkKernel() {}

    @Override
    public boolean binarySum(BinaryFocalParams params, double[] x, double[] t, double w, double[] grad,
            int from, int to, double[] partial, int k) {
        FocalElement e = new FocalElement(params);
        CompensatedSum sum = new CompensatedSum();
        for (int i = from; i < to; i++) {
            double xi = x[i];
            double ti = t[i];
            if (!ChunkKernel.valid(xi, ti)) {
                return false;
            }
            e.eval(xi, ti);
            sum.add(e.loss);
            grad[i] = w * e.grad;
        }
        partial[k] = sum.value();
        return true;
    }

    @Override
    public boolean binaryElements(BinaryFocalParams params, double[] x, double[] t, double[] loss, double[] grad, int from, int to) {
        FocalElement e = new FocalElement(params);
        for (int i = from; i < to; i++) {
            double xi = x[i];
            double ti = t[i];
            if (!ChunkKernel.valid(xi, ti)) {
                return false;
            }
            e.eval(xi, ti);
            loss[i] = e.loss;
            grad[i] = e.grad;
        }
        return true;
    }

    @Override
    public boolean softmaxRows(double gamma, double[] x, int[] y, double[] alpha, ClassLayout layout, double norm,
            double[] grad, int from, int to, double[] partial, int k) {
        int classes = layout.classes();
        int spatial = layout.spatial();
        FocalElement kernel = new FocalElement(BinaryFocalParams.torchvision(-1, gamma));
        SoftmaxRow row = new SoftmaxRow();
        CompensatedSum num = new CompensatedSum();
        int b = spatial == 0 ? 0 : from / spatial;
        int sp = from - b * spatial;
        int base = b * classes * spatial + sp;
        for (int r = from; r < to; r++) {
            int yr = y[r];
            double a = alpha == null ? 1.0 : alpha[yr];
            if (!row.loadAt(x, base, spatial, classes, yr)) {
                return false;
            }
            kernel.eval(row.z, 1.0);
            num.add(a * kernel.loss);
            row.scatterScaled(base, spatial, classes, yr, a * kernel.grad, norm, grad);
            base++;
            if (++sp == spatial) { // next batch entry: skip the other classes' planes
                sp = 0;
                base += (classes - 1) * spatial;
            }
        }
        partial[k] = num.value();
        return true;
    }
}
