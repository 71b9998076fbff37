package io.earshot.reports;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.Attachment;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * Attaches files to the scenario's Allure test case itself, so they show in its "Test body" where a
 * reader looks, not folded inside the hook that made them (Allure puts an attachment on whatever
 * step or hook is running). Without a known test case it falls back to the running context.
 */
final class TestCaseAttachments {
  private final Optional<String> testCase;

  TestCaseAttachments(Optional<String> testCase) {
    this.testCase = testCase;
  }

  void text(String name, String type, String content, String extension) {
    bytes(name, type, content.getBytes(StandardCharsets.UTF_8), extension);
  }

  void bytes(String name, String type, byte[] content, String extension) {
    if (testCase.isEmpty()) {
      Allure.addAttachment(name, type, new ByteArrayInputStream(content), extension);
      return;
    }
    AllureLifecycle lifecycle = Allure.getLifecycle();
    String source = UUID.randomUUID() + "-attachment" + extension;
    lifecycle.writeAttachment(source, new ByteArrayInputStream(content));
    Attachment attachment = new Attachment().setName(name).setType(type).setSource(source);
    lifecycle.updateTestCase(testCase.get(), result -> result.getAttachments().add(attachment));
  }
}
