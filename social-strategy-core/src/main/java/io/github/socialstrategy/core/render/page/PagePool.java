package io.github.socialstrategy.core.render.page;

import io.github.socialstrategy.core.render.theme.ThemeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs page templates and file writes on worker threads while the page renderers go on building the next
 * models on the calling thread. The output does not depend on the order the workers finish in: every page
 * is a file of its own, and the renderers, which number charts and pick paths, still run one after the
 * other on one thread. When pages fail, the failure of the first one submitted is reported, as a serial
 * run would report it. At most a few pages per worker wait in the queue, so memory stays bounded.
 */
final class PagePool implements AutoCloseable {

  /** A page's work: render its template, write its bytes. */
  interface Job {
    void run() throws IOException, ThemeException;
  }

  private final ExecutorService workers;
  private final Semaphore room;
  private final List<Future<?>> submitted = new ArrayList<>();
  private volatile boolean anyFailed;

  PagePool(int threads) {
    AtomicInteger n = new AtomicInteger();
    this.workers = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "social-strategy-page-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    this.room = new Semaphore(threads * 8);
  }

  /** Queues a page; waits while the queue is full. */
  void submit(Job job) throws IOException, ThemeException {
    try {
      room.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while rendering the site", e);
    }
    submitted.add(workers.submit(() -> {
      try {
        job.run();
        return null;
      } catch (IOException | ThemeException | RuntimeException | Error e) {
        anyFailed = true;
        throw e;
      } finally {
        room.release();
      }
    }));
    // Once a page has failed, stop queueing and report the first submitted that failed.
    if (anyFailed) {
      finish();
    }
  }

  /** Waits for every queued page; throws the failure of the first one submitted that failed. */
  void finish() throws IOException, ThemeException {
    Throwable first = null;
    for (Future<?> f : submitted) {
      try {
        f.get();
      } catch (ExecutionException e) {
        if (first == null) {
          first = e.getCause();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while rendering the site", e);
      }
    }
    submitted.clear();
    if (first instanceof ThemeException t) {
      throw t;
    } else if (first instanceof IOException io) {
      throw io;
    } else if (first instanceof UncheckedIOException u) {
      throw u.getCause();
    } else if (first instanceof RuntimeException r) {
      throw r;
    } else if (first instanceof Error err) {
      throw err;
    } else if (first != null) {
      throw new IllegalStateException(first);
    }
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
