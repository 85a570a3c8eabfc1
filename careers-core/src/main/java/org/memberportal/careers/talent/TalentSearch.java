/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.talent;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.memberportal.careers.CareersRefusals;
import org.memberportal.careers.Recruiter;
import org.memberportal.careers.port.Consents;
import org.memberportal.careers.port.Profiles;
import org.memberportal.careers.privacy.ConsentScope;
import org.memberportal.careers.profile.ContractInterest;
import org.memberportal.careers.profile.Expertise;
import org.memberportal.careers.profile.LanguageSkill;
import org.memberportal.careers.profile.Profile;
import org.memberportal.kernel.Actor;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.Page;
import org.memberportal.kernel.Validation;

/**
 * Talent search (C12): recruiters find candidates who declared interest in short-term, consultant or internship
 * work, by expertise and languages, a page at a time. The search starts from the profiles store's index of
 * interests ({@link Profiles#interestedIn}), never from every profile.
 *
 * <p>Consent: the candidates' data is used for recruitment inside the organisation, which needs no consent, so
 * every interested candidate is found; each result says whether the candidate's consent to share outside the
 * organisation holds, which a recruiter checks before passing the data on.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class TalentSearch {

  private final Host host;
  private final Profiles profiles;
  private final Consents consents;

  /**
   * Creates the service.
   *
   * @param host the host
   * @param profiles the candidate profiles, indexed by interest
   * @param consents the candidates' consents
   */
  public TalentSearch(Host host, Profiles profiles, Consents consents) {
    this.host = host;
    this.profiles = profiles;
    this.consents = consents;
  }

  /**
   * Searches the candidates open to non-regular work, ordered by candidate id so pages are stable.
   *
   * @param query the interests, expertise, languages and page
   * @param actor a recruiter
   * @return the page of candidates found
   * @throws NotAllowed {@code talent.not-allowed} for anybody but a recruiter
   */
  public Page<Talent> search(TalentQuery query, Actor actor) {
    if (!(actor instanceof Recruiter)) {
      throw new NotAllowed(CareersRefusals.TALENT_NOT_ALLOWED, "only recruiters search talent");
    }
    Validation.check(query, actor);
    Set<ContractInterest> interests = query.interests().isEmpty() ? Set.of(ContractInterest.values())
        : query.interests();
    Optional<String> words = query.expertise().map(w -> w.strip().toLowerCase(Locale.ROOT));
    return host.query(() -> {
      Set<CandidateId> interested = new LinkedHashSet<>();
      for (ContractInterest i : interests) {
        interested.addAll(profiles.interestedIn(i));
      }
      List<Profile> found = interested.stream()
          .sorted(Comparator.comparing(CandidateId::value))
          .map(profiles::find)
          .flatMap(Optional::stream)
          .filter(p -> words.map(w -> p.entries(Expertise.class).stream()
              .anyMatch(x -> x.area().toLowerCase(Locale.ROOT).contains(w))).orElse(true))
          .filter(p -> languagesOf(p).containsAll(query.languages()))
          .toList();
      int from = (int) Math.min((long) query.page() * query.size(), found.size());
      int to = Math.min(from + query.size(), found.size());
      List<Talent> items = found.subList(from, to).stream().map(this::talent).toList();
      return new Page<>(items, query.page(), query.size(), found.size());
    });
  }

  private Talent talent(Profile p) {
    boolean share = consents.history(p.candidate()).stream()
        .anyMatch(c -> c.scope() == ConsentScope.SHARE_OUTSIDE_ORGANISATION && c.active());
    return new Talent(p.candidate(),
        p.personalInformation().map(i -> i.firstName() + " " + i.lastName()),
        p.contractInformation().map(c -> c.interests()).orElse(Set.of()),
        p.contractInformation().flatMap(c -> c.availableFrom()),
        p.entries(Expertise.class).stream().map(Expertise::area).toList(),
        List.copyOf(languagesOf(p)), share);
  }

  private static Set<String> languagesOf(Profile p) {
    Set<String> out = new LinkedHashSet<>();
    p.entries(LanguageSkill.class).forEach(l -> out.add(l.language()));
    return out;
  }
}
