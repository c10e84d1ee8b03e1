package org.sitrep.event;

import java.util.EnumSet;
import java.util.Set;
import org.sitrep.model.ActorKind;
import org.sitrep.model.EventType;

/**
 * Which event types are armed violence (or its direct preparation) and which actors are parties
 * to a conflict. Claims by a party about violence are "claimed"; routine announcements are not.
 */
final class Violence {
  static final Set<EventType> TYPES = EnumSet.of(EventType.BATTLE, EventType.TERRITORY_CAPTURED,
      EventType.EXPLOSION_REMOTE_VIOLENCE, EventType.ATTACK_ON_CIVILIANS, EventType.DEPLOYMENT, EventType.THREAT);
  static final Set<ActorKind> PARTIES = EnumSet.of(ActorKind.STATE_MILITARY, ActorKind.STATE_POLICE,
      ActorKind.REBEL, ActorKind.MILITIA, ActorKind.TERRORIST_GROUP, ActorKind.FOREIGN_STATE, ActorKind.GOVERNMENT);
  /** The state's own forces and authorities: one side when one of them speaks for another. */
  static final Set<ActorKind> STATE = EnumSet.of(ActorKind.STATE_MILITARY, ActorKind.STATE_POLICE, ActorKind.GOVERNMENT);
  /** Violence proper, without deployments and threats: what a party's say-so turns into a claim. */
  static final Set<EventType> FIGHTING = EnumSet.of(EventType.BATTLE, EventType.TERRITORY_CAPTURED,
      EventType.EXPLOSION_REMOTE_VIOLENCE, EventType.ATTACK_ON_CIVILIANS);

  /** Violence that news reports for its toll: without one reported it ranks below other events. */
  static final Set<EventType> HARMING = EnumSet.of(EventType.BATTLE, EventType.EXPLOSION_REMOTE_VIOLENCE,
      EventType.ATTACK_ON_CIVILIANS);

  private Violence() {}
}
