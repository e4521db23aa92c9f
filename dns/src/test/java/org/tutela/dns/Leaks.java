package org.tutela.dns;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.util.ResourceLeakDetector;
import io.netty.util.ResourceLeakDetectorFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails a test whose buffers Netty's leak detector (PARANOID: every buffer tracked) finds unreleased. The detector is
 * installed before any test class loads a buffer, and reports to a list instead of a log line nobody reads.
 */
final class Leaks implements AfterEachCallback {

    private static final List<String> REPORTED = new CopyOnWriteArrayList<>();

    /** Installs the recording detector when the test run starts. */
    public static final class Detection implements LauncherSessionListener {

        @Override
        public void launcherSessionOpened(LauncherSession session) {
            ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
            ResourceLeakDetectorFactory.setResourceLeakDetectorFactory(new ResourceLeakDetectorFactory() {
                @Override
                public <T> ResourceLeakDetector<T> newResourceLeakDetector(Class<T> resource, int samplingInterval,
                        long maxActive) {
                    return new Recording<>(resource, samplingInterval);
                }
            });
        }
    }

    private static final class Recording<T> extends ResourceLeakDetector<T> {

        Recording(Class<?> resource, int samplingInterval) {
            super(resource, samplingInterval);
        }

        @Override
        protected boolean needReport() {
            return true;
        }

        @Override
        protected void reportTracedLeak(String resourceType, String records) {
            REPORTED.add(resourceType + records);
        }

        @Override
        protected void reportUntracedLeak(String resourceType) {
            REPORTED.add(resourceType);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException {
        // Unreachable buffers are found when the collector has queued them and the detector next tracks a buffer.
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(20);
            ByteBufAllocator.DEFAULT.directBuffer(16).release();
            ByteBufAllocator.DEFAULT.heapBuffer(16).release();
            Unpooled.buffer(16).release();
        }
        var leaks = List.copyOf(REPORTED);
        REPORTED.clear();
        assertThat(leaks).as("buffers leaked").isEmpty();
    }
}
