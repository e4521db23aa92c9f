package org.tutela.governance;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** A response body read up to a number of bytes; past that the rest is not asked for and the body counts as read. */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

    private final int largest;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> read = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;

    CappedBody(int largest) {
        this.largest = largest;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (read.isDone()) {
            return;
        }
        synchronized (bytes) {
            for (var item : items) {
                var taken = Math.min(item.remaining(), largest - bytes.size());
                var chunk = new byte[taken];
                item.get(chunk);
                bytes.write(chunk, 0, taken);
            }
            if (bytes.size() >= largest) {
                subscription.cancel();
                read.complete(bytes.toByteArray());
                return;
            }
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable failure) {
        read.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        synchronized (bytes) {
            read.complete(bytes.toByteArray());
        }
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return read;
    }

    /** Stops reading: the connection is given up. */
    void cancel() {
        var asked = subscription;
        if (asked != null) {
            asked.cancel();
        }
        read.cancel(false);
    }
}
