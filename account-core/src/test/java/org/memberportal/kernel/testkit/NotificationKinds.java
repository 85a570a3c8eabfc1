/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel.testkit;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.SortedMap;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.PortalException;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * Every notification kind that modules' compiled code can send: the literals that reach
 * {@code Notification.Builder.kind(String)}, followed back through helpers, fields, locals and lambdas the way
 * {@link RefusalCatalogue} follows reasons, so a host's mail templates can be checked against the kinds the
 * code really builds rather than a list kept by hand. A kind copied from another notification
 * ({@code kind(other.kind())}) is no new kind; a kind the scan cannot follow back to literals (the result of a map
 * look-up, say) is reported as unresolved: give it a constant.
 */
public final class NotificationKinds {

  /** The generated implementation (package-private) beside the type. */
  private static final String IMMUTABLE = Type.getInternalName(Notification.class).replace("/Notification",
      "/ImmutableNotification");
  private static final Set<String> BUILDERS = Set.of(Type.getInternalName(Notification.Builder.class),
      IMMUTABLE + "$Builder");
  private static final Set<String> NOTIFICATIONS = Set.of(Type.getInternalName(Notification.class), IMMUTABLE);

  private final StringFlow flow;

  private NotificationKinds(Set<Path> modules) {
    flow = new StringFlow(modules, Set.of(), Set.of()).follow(NotificationKinds::setsTheKind, 0,
        insn -> insn instanceof MethodInsnNode m && NOTIFICATIONS.contains(m.owner) && m.name.equals("kind"));
  }

  /**
   * Scans the code locations (class folders or jars) of the modules' classes; the kernel's is always read.
   *
   * @param modules a class of each module whose kinds are wanted
   * @return the scan
   */
  public static NotificationKinds of(Class<?>... modules) {
    Set<Path> locations = new LinkedHashSet<>();
    locations.add(StringFlow.location(PortalException.class));
    for (Class<?> m : modules) {
      locations.add(StringFlow.location(m));
    }
    return new NotificationKinds(locations);
  }

  /**
   * Every kind the modules can send, with the methods that name it.
   *
   * @return kind -> {@code Class.method} places, sorted by kind
   */
  public SortedMap<String, Set<String>> kinds() {
    return flow.literals();
  }

  /**
   * Places where a kind reaches a notification in a way the scan cannot follow back to a literal.
   *
   * @return {@code Class.method: what} lines
   */
  public Set<String> unresolved() {
    return flow.unresolved();
  }

  private static boolean setsTheKind(MethodInsnNode call) {
    return BUILDERS.contains(call.owner) && call.name.equals("kind")
        && call.desc.startsWith("(" + Type.getDescriptor(String.class) + ")");
  }
}
