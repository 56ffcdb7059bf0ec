package org.snn4j.autograd.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistryTest {

    @Test
    void namesAliasesAndLookups() {
        Registry<Integer> r = new Registry<Integer>("number").register("one", 1).register("two", 2).alias("uno", "one");
        assertEquals(List.of("one", "two"), r.names());
        assertEquals(1, r.get("uno"));
        assertEquals("one", r.canonical("uno"));
        assertEquals("two", r.nameOf(2));
        assertTrue(r.contains("two"));
        assertFalse(r.contains("three"));
        r.register("one", 1); // same binding again: no-op
        assertEquals(Map.of("uno", "one"), r.aliases());
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        Registry<Integer> r = new Registry<Integer>("number").register("one", 1).register("two", 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> r.get("tree"));
        assertEquals("unknown number 'tree'; known: one, two", e.getMessage());
    }

    @Test
    void rebindingIsAnError() {
        Registry<Integer> r = new Registry<Integer>("number").register("one", 1).alias("uno", "one");
        assertThrows(IllegalArgumentException.class, () -> r.register("one", 2));
        assertThrows(IllegalArgumentException.class, () -> r.register("uno", 3));
        assertThrows(IllegalArgumentException.class, () -> r.alias("x", "missing"));
        assertThrows(IllegalArgumentException.class, () -> r.register("Bad Name", 4));
        assertThrows(IllegalArgumentException.class, () -> r.nameOf(9));
        assertEquals("1 is already registered as number 'one'; give it another name with alias()",
                assertThrows(IllegalArgumentException.class, () -> r.register("eins", 1)).getMessage());
    }

    @Test
    void providersContributeOnlyToTheirOwnKind() {
        Registry<Integer> r = new Registry<Integer>("number").register("one", 1);
        RegistryEntries<Integer> mine = new RegistryEntries<>() {
            @Override
            public String registry() {
                return "number";
            }

            @Override
            public Map<String, Integer> entries() {
                return Map.of("five", 5);
            }

            @Override
            public Map<String, String> aliases() {
                return Map.of("cinq", "five");
            }
        };
        RegistryEntries<String> other = new RegistryEntries<>() {
            @Override
            public String registry() {
                return "word";
            }

            @Override
            public Map<String, String> entries() {
                return Map.of("six", "6");
            }
        };
        RegistryEntries<Integer> aliasesFirst = new RegistryEntries<>() {
            @Override
            public String registry() {
                return "number";
            }

            @Override
            public Map<String, Integer> entries() {
                return Map.of();
            }

            @Override
            public Map<String, String> aliases() {
                return Map.of("funf", "five");
            }
        };
        r.registerAll(List.of(aliasesFirst, mine, other));
        assertEquals(List.of("one", "five"), r.names());
        assertEquals(5, r.get("funf"), "an alias may name another provider's entry, whatever the order");
        assertEquals(5, r.get("cinq"));
        assertFalse(r.contains("six"));
    }
}
