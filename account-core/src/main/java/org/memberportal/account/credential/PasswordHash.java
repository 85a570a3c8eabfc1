package org.memberportal.account.credential;

import org.apiguardian.api.API;

/**
 * A stored password hash in PHC string format ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}), which carries
 * its algorithm and parameters. A hash is a secret too: {@link #toString()} shows the algorithm only.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class PasswordHash {

  private final String phc;

  private PasswordHash(String phc) {
    this.phc = phc;
  }

  /**
   * Wraps a PHC string, as read from a store.
   *
   * @param phc the string
   * @return the hash
   */
  public static PasswordHash of(String phc) {
    return new PasswordHash(phc);
  }

  /**
   * The PHC string, for stores.
   *
   * @return the string
   */
  public String phc() {
    return phc;
  }

  /**
   * The algorithm's identifier, e.g. {@code argon2id} or {@code pbkdf2-sha256}.
   *
   * @return the identifier, empty when the string is not PHC
   */
  public String algorithm() {
    String[] parts = phc.split("\\$");
    return parts.length > 1 ? parts[1] : "";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PasswordHash that && phc.equals(that.phc);
  }

  @Override
  public int hashCode() {
    return phc.hashCode();
  }

  @Override
  public String toString() {
    return "PasswordHash{" + algorithm() + ", ******}";
  }
}
