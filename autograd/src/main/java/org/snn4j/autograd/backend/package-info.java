/** Native backend selection (AVX-512 or generic ND4J build) and threading. */
package org.snn4j.autograd.backend;
