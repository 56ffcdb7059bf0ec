/**
 * The self-contained demo: rendered digits → DVS emulator events → frames → a LIF SNN trained
 * with surrogate gradients. Needs no downloaded data.
 */
package org.snn4j.examples.demo;
