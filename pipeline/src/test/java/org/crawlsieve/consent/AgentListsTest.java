package org.crawlsieve.consent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crawlsieve.config.ConfigException;
import org.crawlsieve.config.ConfigLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgentListsTest {
  @TempDir Path tmp;

  @Test
  void defaultListHasTheAgentsOfConsentMd() {
    AgentList list = AgentLists.defaults();
    assertEquals("crawlsieve-ai-agents-2026-11", list.version());
    assertEquals(19, list.agents().size());
    assertEquals("GPTBot", list.agents().get(0));
    for (String a : List.of("CCBot", "Google-Extended", "ClaudeBot", "AI2Bot", "PanguBot")) {
      assertTrue(list.contains(a.toLowerCase(java.util.Locale.ROOT)), a);
    }
    assertFalse(list.contains("*"));
    assertFalse(list.contains("Googlebot"));
  }

  @Test
  void classpathCopyIsIdenticalToConfCopy() throws IOException {
    byte[] conf = Files.readAllBytes(SharedData.repo().resolve("conf/ai-agents.yaml"));
    try (InputStream in = AgentLists.class.getResourceAsStream(AgentLists.DEFAULT_RESOURCE)) {
      assertArrayEquals(conf, in.readAllBytes(), "conf/ai-agents.yaml and the resource differ");
    }
  }

  @Test
  void configNamesAnotherListAndAnExtension() throws IOException {
    Path yaml = tmp.resolve("agents.yaml");
    Files.writeString(yaml, "version: mine-1\nagents: [GPTBot, gptbot, MyBot]\n");
    Path json = tmp.resolve("robots.json");
    Files.writeString(
        json, "{\"ExtraBot\": {\"operator\": \"x\"}, \"Bad Name/1.0\": {}, \"MyBot\": {}}");
    ConsentConfig cfg =
        ConfigLoader.parse(
                "consent:\n  agents_file: " + yaml + "\n  extended_agents_file: " + json + "\n",
                "test")
            .consent();
    AgentList list = AgentLists.load(cfg);
    assertEquals(List.of("GPTBot", "MyBot", "ExtraBot"), list.agents());
    assertTrue(list.version().startsWith("mine-1+robots.json@"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "agents: [GPTBot]# 'version' is required",
        "version: v|agents: GPTBot# 'agents' must be a list",
        "version: v|agents: [Bad Bot]# not a product token",
        "version: v|agents: ['*']# not a product token",
        "version: v|agents: []|extra: 1# unknown key 'extra'",
      })
  void badListsFailInOneLine(String yaml, String message) throws IOException {
    Path f = tmp.resolve("bad.yaml");
    Files.writeString(f, yaml.replace("|", "\n"));
    ConfigException e = assertThrows(ConfigException.class, () -> AgentLists.fromYaml(f));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void missingFileIsAConfigError() {
    assertThrows(ConfigException.class, () -> AgentLists.fromYaml(tmp.resolve("nope.yaml")));
  }

  @Test
  void sharedAiRobotsTxtListLoads() {
    Path json = SharedData.require("data/robots/ai-robots-txt.json");
    AgentList list = AgentLists.fromAiRobotsJson(json);
    assertTrue(list.agents().size() > 100, "agents: " + list.agents().size());
    assertTrue(list.contains("GPTBot"));
    assertTrue(list.version().startsWith("ai-robots-txt.json@"));
    AgentList merged = AgentLists.defaults().plus(list);
    assertEquals("GPTBot", merged.agents().get(0));
    assertTrue(merged.agents().size() >= list.agents().size());
  }
}
