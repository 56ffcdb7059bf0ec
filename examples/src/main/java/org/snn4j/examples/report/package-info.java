/** JSON run reports. */
package org.snn4j.examples.report;
