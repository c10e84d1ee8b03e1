/**
 * User actor dictionaries in the PETRARCH/TABARI text format (CAMEO-coded actors, synonyms,
 * date-restricted codes, agents), read without throwing and mapped to sitrep actor entries.
 */
package org.sitrep.actor.petrarch;
