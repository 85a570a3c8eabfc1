package org.memberportal.examples.journey;

import java.io.PrintStream;
import java.time.Clock;
import org.memberportal.kernel.inmemory.InMemoryHost;

/**
 * The demo: wires the library on its in-memory adapters and tells what it did.
 */
public final class Journey {

  private final PrintStream out;

  /**
   * Creates the journey printing to the given stream.
   *
   * @param out where the story goes
   */
  public Journey(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs the demo.
   *
   * @param args command-line options (none yet)
   */
  public static void main(String[] args) {
    new Journey(System.out).run();
  }

  /** Plays the journey. */
  public void run() {
    InMemoryHost memory = new InMemoryHost(Clock.systemUTC());
    out.println("Member Portal Domain - journey on the in-memory adapters");
    out.println("Kernel wired on " + memory.host().clock().getZone() + ": transactions, event log, outbox");
    out.println("Modules: account-core, affiliation-core, ties-core, careers-core");
  }
}
