package io.github.socialstrategy.core.render.page;

import io.github.socialstrategy.core.render.theme.ThemeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Renders a site on several threads with the output of one: the page renderers run side by side (each
 * still one after the other within itself, so it numbers its charts and picks its paths as it always
 * did), and page templates and file writes run on worker threads while the renderers build the next
 * models. Every page is a file of its own, so the order threads finish in changes nothing in the site.
 *
 * <p>Failures are reported as a serial run would report them: each failure is keyed by its renderer's
 * place in the list and the page's place within its renderer, and the first by that order wins. At most
 * a few pages per thread wait in the queue, so memory stays bounded.
 */
final class PagePool implements AutoCloseable {

  /** Work that may fail as rendering does. */
  interface Job {
    void run() throws IOException, ThemeException;
  }

  /** Where a failure happened: the renderer's index, then the page's sequence within it. */
  record Place(int renderer, long page) {}

  private record Failure(Place place, Throwable error) {}

  private static final Comparator<Place> ORDER = Comparator.comparingInt(Place::renderer).thenComparingLong(Place::page);

  private final ExecutorService renderers;
  private final ExecutorService pages;
  private final Semaphore room;
  private final List<Future<?>> submitted = new ArrayList<>();
  private final List<Failure> failures = new ArrayList<>();

  PagePool(int threads) {
    this.renderers = Executors.newFixedThreadPool(threads, daemons("social-strategy-renderer-"));
    this.pages = Executors.newFixedThreadPool(threads, daemons("social-strategy-page-"));
    this.room = new Semaphore(threads * 8);
  }

  private static java.util.concurrent.ThreadFactory daemons(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** Runs a page renderer on a renderer thread; {@code place} keys a failure it throws itself. */
  synchronized void renderer(java.util.function.Supplier<Place> place, Job job) {
    submitted.add(renderers.submit(() -> {
      try {
        job.run();
      } catch (IOException | ThemeException | RuntimeException | Error e) {
        fail(place.get(), e);
      }
      return null;
    }));
  }

  /** Queues a page's template run and write; waits while the queue is full. */
  void page(Place place, Job job) throws IOException {
    try {
      room.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while rendering the site", e);
    }
    Future<?> f = pages.submit(() -> {
      try {
        job.run();
      } catch (IOException | ThemeException | RuntimeException | Error e) {
        fail(place, e);
      } finally {
        room.release();
      }
      return null;
    });
    synchronized (this) {
      submitted.add(f);
    }
  }

  private synchronized void fail(Place place, Throwable error) {
    failures.add(new Failure(place, error));
  }

  /** Waits for every renderer and page; throws the first failure in the order a serial run meets them. */
  void finish() throws IOException, ThemeException {
    // Renderers queue pages while they run: wait until no new work appears.
    for (int done = 0; ; ) {
      Future<?> next;
      synchronized (this) {
        if (done == submitted.size()) {
          break;
        }
        next = submitted.get(done);
      }
      try {
        next.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while rendering the site", e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException(e.getCause()); // jobs catch what they throw; this is a bug
      }
      done++;
    }
    Throwable first;
    synchronized (this) {
      first = failures.stream().min(Comparator.comparing(Failure::place, ORDER)).map(Failure::error).orElse(null);
    }
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
    }
  }

  @Override
  public void close() {
    renderers.shutdownNow();
    pages.shutdownNow();
  }
}
