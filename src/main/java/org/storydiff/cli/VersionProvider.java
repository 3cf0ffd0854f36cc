package org.storydiff.cli;

import picocli.CommandLine;

/** The version from the jar manifest, or "dev" when running from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = StorydiffCommand.class.getPackage().getImplementationVersion();
    return new String[] {"storydiff " + (version == null ? "dev" : version)};
  }
}
