/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.reliability;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.Notifier;

/**
 * Injects failures into a host's stores: a port wrapped by {@link #wrap} throws {@link Injected} at random
 * before or after a write (save, add, update, remove, append), as a database that drops the connection would.
 * Off until {@link #arm} is called, so worlds can be set up without faults.
 */
final class Faults {

  /** Where a fault struck. */
  enum Point { BEFORE_SAVE, AFTER_SAVE, OUTBOX_APPEND, EVENT_APPEND }

  /** The exception a wrapped port throws: not a library type, as a real driver's would not be. */
  static final class Injected extends RuntimeException {
    Injected(Point point, String method) {
      super("injected fault " + point + " in " + method, null, false, false);
    }
  }

  private static final Set<String> WRITES = Set.of("save", "add", "update", "remove", "append");

  private final Random random;
  private volatile double probability;
  private final Map<Point, AtomicLong> struck = new ConcurrentHashMap<>();

  Faults(long seed) {
    this.random = new Random(seed);
  }

  /**
   * Starts failing each write with the given probability.
   *
   * @param p probability per write
   */
  void arm(double p) {
    this.probability = p;
  }

  /** Stops failing. */
  void disarm() {
    this.probability = 0;
  }

  long struck(Point point) {
    return struck.computeIfAbsent(point, k -> new AtomicLong()).get();
  }

  long struck() {
    return struck.values().stream().mapToLong(AtomicLong::get).sum();
  }

  private synchronized boolean roll() {
    return probability > 0 && random.nextDouble() < probability;
  }

  private synchronized boolean coin() {
    return random.nextBoolean();
  }

  /**
   * Wraps a port so that its writes may fail.
   *
   * @param port the port's interface
   * @param target the real store
   * @param <T> the port
   * @return the wrapped store
   */
  <T> T wrap(Class<T> port, T target) {
    InvocationHandler handler = (proxy, method, args) -> {
      if (method.getDeclaringClass() == Object.class) {
        return method.invoke(target, args);
      }
      boolean write = WRITES.contains(method.getName());
      boolean outbox = port == org.memberportal.kernel.Outbox.class;
      boolean log = port == org.memberportal.kernel.EventLog.class;
      if (write && roll()) {
        boolean before = coin();
        Point point = outbox ? Point.OUTBOX_APPEND : log ? Point.EVENT_APPEND
            : before ? Point.BEFORE_SAVE : Point.AFTER_SAVE;
        if (before) {
          fail(point, method.getName());
        }
        invoke(method, target, args);
        fail(point, method.getName());
      }
      return invoke(method, target, args);
    };
    return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, handler));
  }

  private void fail(Point point, String method) {
    struck.computeIfAbsent(point, k -> new AtomicLong()).incrementAndGet();
    throw new Injected(point, method);
  }

  private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /**
   * A mail server that fails intermittently: a call either throws before sending or sends; what it sent is
   * counted per idempotency key, so a test can prove each notification went out exactly once.
   */
  static final class FlakyNotifier implements Notifier {
    private final Random random;
    private volatile double failure;
    private final Map<String, AtomicLong> sent = new ConcurrentHashMap<>();
    private final Map<String, Notification> byKey = new ConcurrentHashMap<>();
    private final AtomicLong failures = new AtomicLong();

    FlakyNotifier(long seed, double failure) {
      this.random = new Random(seed);
      this.failure = failure;
    }

    void recover() {
      failure = 0;
    }

    @Override
    public void send(Notification notification) {
      boolean fail;
      synchronized (random) {
        fail = random.nextDouble() < failure;
      }
      if (fail) {
        failures.incrementAndGet();
        throw new IllegalStateException("mail server unavailable");
      }
      sent.computeIfAbsent(notification.idempotencyKey(), k -> new AtomicLong()).incrementAndGet();
      byKey.put(notification.idempotencyKey(), notification);
    }

    Map<String, AtomicLong> sent() {
      return sent;
    }

    long failures() {
      return failures.get();
    }
  }
}
