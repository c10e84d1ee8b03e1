package org.sitrep.eval.events;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.eval.Fold;
import org.sitrep.knowledge.TsvResource;
import org.sitrep.quantity.QuantityParser;

/**
 * What a UCDP headline states, deciding which fields of the record can be scored at all: the
 * place name (where_description without generic words such as "village", found as folded whole
 * words) and the death toll (deaths_best read as a count by sitrep's quantity parser: digits or a
 * number word).
 */
public final class UcdpHeadline {
  private static final Set<String> GENERIC = Set.copyOf(
      TsvResource.read(UcdpHeadline.class, "ucdp-place-generic-words.tsv").stream().map(r -> r.get("word")).toList());
  private static final QuantityParser QUANTITIES = new QuantityParser();

  private UcdpHeadline() {}

  /** The specific part of a place description: "Teir Maaleh village" gives "teir maaleh". */
  public static String placeName(String whereDescription) {
    return Arrays.stream(Fold.fold(whereDescription).split(" ")).filter(w -> !w.isEmpty() && !GENERIC.contains(w))
        .collect(Collectors.joining(" "));
  }

  /** The place name when the headline holds it, else empty (the record's place is not scoreable). */
  public static Optional<String> namedPlace(String whereDescription, String headline) {
    String name = placeName(whereDescription);
    return !name.isEmpty() && Fold.holds(headline, name) ? Optional.of(name) : Optional.empty();
  }

  /** True when the headline states {@code deaths} as a count. */
  public static boolean statesDeaths(Long deaths, String headline) {
    return deaths != null && deaths > 0
        && QUANTITIES.find(headline == null ? "" : headline, 0).stream().anyMatch(m -> m.q().value() == deaths);
  }
}
