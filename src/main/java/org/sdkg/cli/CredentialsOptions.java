package org.sdkg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.sdkg.store.Credentials;
import picocli.CommandLine.Option;

/**
 * {@code --user} and {@code --password-file}, shared by {@code load} and {@code serve}. The
 * password is read from a file so it never shows in the process list or the shell history.
 */
public final class CredentialsOptions {

  @Option(
      names = "--user",
      paramLabel = "NAME",
      description = "User name for HTTP basic authentication.")
  String user;

  @Option(
      names = "--password-file",
      paramLabel = "FILE",
      description = "File whose first line is the password of --user.")
  Path passwordFile;

  boolean given() {
    return user != null || passwordFile != null;
  }

  /**
   * The credentials, or empty when neither option was given.
   *
   * @throws UserException when only one of the two options was given or the file is unusable
   */
  Optional<Credentials> credentials() {
    if (!given()) {
      return Optional.empty();
    }
    if (user == null || passwordFile == null) {
      throw new UserException(
          "--user and --password-file go together; pass both (the password file holds the"
              + " password on line 1)");
    }
    if (user.isBlank() || user.contains(":")) {
      throw new UserException("--user '" + user + "': use a non-empty name without ':'");
    }
    String password;
    try {
      password =
          Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
    } catch (NoSuchFileException e) {
      throw new UserException(
          passwordFile + ": password file not found; create it with the password on line 1");
    } catch (IOException e) {
      throw new UserException(passwordFile + ": cannot read the password file (" + e + ")");
    }
    if (password.isEmpty()) {
      throw new UserException(passwordFile + ":1: the password is empty; put it on line 1");
    }
    return Optional.of(new Credentials(user, password));
  }
}
