package org.sdkg.cli;

/** Entry point of the {@code sdkg} jar. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(SdkgCommand.commandLine().execute(args));
  }
}
