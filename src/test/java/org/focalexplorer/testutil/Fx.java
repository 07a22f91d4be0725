package org.focalexplorer.testutil;

import java.util.concurrent.Callable;
import org.testfx.util.WaitForAsyncUtils;

/** Runs a piece of a TestFX test on the FX thread and waits for its result. */
public final class Fx {
    private Fx() {}

    public static <T> T call(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
