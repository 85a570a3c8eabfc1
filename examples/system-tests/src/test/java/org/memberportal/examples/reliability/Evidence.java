/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.reliability;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.LoggerFactory;

/**
 * What the run produced that could leak a secret (every log line on the root logger, events, exception
 * messages, {@code toString()} of returned values and notifications) and every secret the run generated
 * (passwords, one-time codes, password hashes). {@link #checkpoint()} scans what was captured since the last
 * checkpoint against every secret known so far; a hit is kept with where it was found.
 */
final class Evidence {

  private static final List<String> PENDING = new ArrayList<>();
  private static final Map<Integer, Set<String>> SECRETS_BY_LENGTH = new ConcurrentHashMap<>();
  private static final Set<String> ALL_SECRETS = ConcurrentHashMap.newKeySet();
  /** First characters of the secrets: most windows are skipped without building a substring. */
  private static final java.util.BitSet FIRST_CHARS = new java.util.BitSet(1 << 16);
  private static final List<String> HITS = new ArrayList<>();
  private static final AtomicLong LOG_LINES = new AtomicLong();
  private static final AtomicLong TEXTS = new AtomicLong();
  private static final AtomicLong SCANNED = new AtomicLong();
  /** Secrets shorter than this are matched only as whole tokens (a six-digit code inside a longer number is not it). */
  private static final int TOKEN_ONLY_BELOW = 12;
  private static final int SHORTEST = 6;

  static {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    AppenderBase<ILoggingEvent> capture = new AppenderBase<>() {
      @Override
      protected void append(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(event.getLoggerName()).append(' ').append(event.getFormattedMessage());
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
          line.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
        }
        LOG_LINES.incrementAndGet();
        add(line.toString());
      }
    };
    capture.setName("reliability-evidence");
    capture.setContext(root.getLoggerContext());
    capture.start();
    root.addAppender(capture);
  }

  private Evidence() {}

  /** Makes sure the log capture is installed (class initialisation does it). */
  static void install() {
    // nothing: loading the class installs the appender
  }

  /**
   * Remembers a secret the run generated.
   *
   * @param secret a password, code or hash in clear
   */
  static void secret(String secret) {
    if (secret.length() >= SHORTEST && ALL_SECRETS.add(secret)) {
      SECRETS_BY_LENGTH.computeIfAbsent(secret.length(), k -> ConcurrentHashMap.newKeySet()).add(secret);
      synchronized (FIRST_CHARS) {
        FIRST_CHARS.set(secret.charAt(0));
      }
    }
  }

  /**
   * Captures a text that must not contain a secret (an event, an exception message, a returned value).
   *
   * @param where what it is, for the report of a hit
   * @param text the text
   */
  static void text(String where, String text) {
    TEXTS.incrementAndGet();
    add(where + ": " + text);
  }

  private static synchronized void add(String text) {
    PENDING.add(text);
    if (PENDING.size() > 20_000) {
      checkpoint();
    }
  }

  /** Scans everything captured since the last checkpoint against every secret known now. */
  static synchronized void checkpoint() {
    synchronized (FIRST_CHARS) {
      scan();
    }
  }

  private static void scan() {
    for (String text : PENDING) {
      SCANNED.incrementAndGet();
      String hit = leakIn(text);
      if (hit != null && HITS.size() < 50) {
        HITS.add("secret of length " + hit.length() + " in: "
            + text.substring(0, Math.min(300, text.length())));
      }
    }
    PENDING.clear();
  }

  private static String leakIn(String text) {
    for (Map.Entry<Integer, Set<String>> bucket : SECRETS_BY_LENGTH.entrySet()) {
      int n = bucket.getKey();
      Set<String> secrets = bucket.getValue();
      for (int i = 0; i + n <= text.length(); i++) {
        if (!FIRST_CHARS.get(text.charAt(i))) {
          continue;
        }
        if (n < TOKEN_ONLY_BELOW && (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))
            || i + n < text.length() && Character.isLetterOrDigit(text.charAt(i + n)))) {
          continue;
        }
        String window = text.substring(i, i + n);
        if (secrets.contains(window)) {
          return window;
        }
      }
    }
    return null;
  }

  /**
   * The hits found so far.
   *
   * @return descriptions of leaks
   */
  static synchronized List<String> hits() {
    checkpoint();
    return List.copyOf(HITS);
  }

  /**
   * Whether a text not yet scanned matches, so a test can prove the capture sees what the library logs.
   *
   * @param test what to look for
   * @return true when a pending text matches
   */
  static synchronized boolean pending(java.util.function.Predicate<String> test) {
    return PENDING.stream().anyMatch(test);
  }

  /**
   * Whether the scanner finds a known secret in a text, without recording a hit.
   *
   * @param text the text
   * @return true when it contains a secret
   */
  static boolean wouldFlag(String text) {
    synchronized (FIRST_CHARS) {
      return leakIn(text) != null;
    }
  }

  static long secrets() {
    return ALL_SECRETS.size();
  }

  static long logLines() {
    return LOG_LINES.get();
  }

  static long texts() {
    return TEXTS.get();
  }

  static long scanned() {
    return SCANNED.get();
  }

  static Set<Integer> secretLengths() {
    return new TreeSet<>(SECRETS_BY_LENGTH.keySet());
  }
}
