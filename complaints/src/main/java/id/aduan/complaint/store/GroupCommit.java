package id.aduan.complaint.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Writes that arrive while another is under way wait for it and are then written together, in one call of the
 * writer (a group commit). Each caller returns only once its own item is written, or throws the failure of the
 * write that held it. Alone a write is one call, as without grouping; under load it is one call for many items,
 * which on the embedded store (every operation a round trip through the wire protocol) saves most of the cost.
 *
 * @param <T> what one caller writes
 */
public final class GroupCommit<T> {

    /** The items of one write; done once written (or failed). Guarded by {@code lock}. */
    private static final class Batch<T> {
        final List<T> items = new ArrayList<>();
        boolean done;
        RuntimeException failure;
    }

    private final Consumer<List<T>> writer;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition written = lock.newCondition();
    private Batch<T> open = new Batch<>();
    private boolean writing;

    /** {@code writer} writes a batch (never empty) in one operation, or throws. */
    public GroupCommit(Consumer<List<T>> writer) {
        this.writer = writer;
    }

    /** Writes {@code item}, with whatever else is waiting; returns once it is written. */
    public void write(T item) {
        Batch<T> batch;
        lock.lock();
        try {
            batch = open;
            batch.items.add(item);
            while (writing && !batch.done) {
                written.awaitUninterruptibly();
            }
            if (batch.done) {
                if (batch.failure != null) {
                    throw batch.failure;
                }
                return;
            }
            writing = true; // this caller writes its batch; later callers gather in the next one
            open = new Batch<>();
        } finally {
            lock.unlock();
        }
        RuntimeException failure = null;
        try {
            writer.accept(List.copyOf(batch.items));
        } catch (RuntimeException e) {
            failure = e;
        }
        lock.lock();
        try {
            batch.failure = failure;
            batch.done = true;
            writing = false;
            written.signalAll();
        } finally {
            lock.unlock();
        }
        if (failure != null) {
            throw failure;
        }
    }
}
