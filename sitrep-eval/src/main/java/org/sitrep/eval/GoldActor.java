package org.sitrep.eval;

import java.util.List;
import org.sitrep.model.ActorKind;

/**
 * An actor as a human coder wrote it: a name, other names it goes by (acronyms, spellings, the
 * organisation behind a spokesperson), kind and ISO3 country (null when stateless). {@code generic}
 * marks descriptions such as "residents" that name no organisation.
 */
public record GoldActor(String name, List<String> aliases, ActorKind kind, String country, boolean generic) {
  public GoldActor {
    aliases = List.copyOf(aliases);
  }

  /** The name followed by the aliases. */
  public List<String> names() {
    return Names.join(name, aliases);
  }
}
