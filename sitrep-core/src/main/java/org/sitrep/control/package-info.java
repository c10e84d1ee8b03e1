/**
 * Territorial control timelines: who held a place when, derived from extracted events
 * (territory_captured, withdrawals), each change tied to its evidence sentence.
 */
package org.sitrep.control;
