/** Named training recipes ({@code ./snn4j train --preset NAME}) and their registry. */
package org.snn4j.examples.presets;
