/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.testkit;

import java.util.ArrayList;
import java.util.List;
import org.memberportal.account.inmemory.InMemoryIssuedCodes;
import org.memberportal.account.port.Secrets;
import org.memberportal.account.recovery.ResetLimits;
import org.memberportal.account.verification.CodeRules;
import org.memberportal.account.verification.VerificationCodes;
import org.memberportal.kernel.inmemory.InMemoryTransactions;

/** Requester keys for recovery tests: network addresses sorted into groups as the service sorts them. */
public final class Requesters {

  private Requesters() {}

  /**
   * Requester keys whose groups differ from the holder's, as an attacker's would (most of the time).
   *
   * @param holder the holder's requester key
   * @param count how many keys
   * @param secrets the service's key source (the grouping is a keyed hash)
   * @return distinct keys, none in the holder's group
   */
  public static List<String> outsideGroupOf(String holder, int count, Secrets secrets) {
    VerificationCodes codes =
        new VerificationCodes(new InMemoryIssuedCodes(new InMemoryTransactions()), secrets, CodeRules.defaults());
    int groups = ResetLimits.defaults().groups();
    int own = codes.group(holder, groups);
    List<String> keys = new ArrayList<>();
    for (int n = 1; keys.size() < count; n++) {
      String key = "203.0." + (n / 250) + "." + (n % 250 + 1);
      if (codes.group(key, groups) != own) {
        keys.add(key);
      }
    }
    return keys;
  }
}
