/**
 * Event streams from event cameras (DVS, ATIS): {@link org.snn4j.datasets.events.Events}, an
 * immutable structure of arrays (x, y, t in µs, polarity) with its sensor size, and
 * {@link org.snn4j.datasets.events.EventsBuilder} for producing one.
 */
package org.snn4j.datasets.events;
