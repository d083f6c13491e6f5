package io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast;

/**
 * The least-squares line {@code y = intercept + slope * x} through points, and how well it fits them: R² = 1 -
 * (squared residuals / squared deviations from the mean of y); 1 when every point is on the line, or when all the y
 * are equal (the flat line through them).
 */
record LineFit(double slope, double intercept, double r2) {

    /** The line through the first {@code n} points; needs at least two different x. */
    static LineFit of(double[] x, double[] y, int n) {
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            meanX += x[i];
            meanY += y[i];
        }
        meanX /= n;
        meanY /= n;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - meanX;
            double dy = y[i] - meanY;
            sxx += dx * dx;
            sxy += dx * dy;
            syy += dy * dy;
        }
        double slope = sxx == 0 ? 0 : sxy / sxx;
        double intercept = meanY - slope * meanX;
        double residuals = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - (intercept + slope * x[i]);
            residuals += r * r;
        }
        return new LineFit(slope, intercept, syy == 0 ? 1 : Math.max(0, 1 - residuals / syy));
    }

    double at(double x) {
        return intercept + slope * x;
    }
}
