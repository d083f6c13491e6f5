package io.jenkins.plugins.cmswebbridge.engine.problem;

/**
 * Every kind of validation problem the engine reports, with its English text. A {@link ValueProblem} is one of these
 * codes with its arguments; the text is a {@link java.text.MessageFormat} pattern (numbers as {@code {n,number,#}},
 * quotes doubled), so that the glue can put the same arguments into its localized messages: each code is written as
 * its line of the glue's English {@code Messages.properties}, {@code Problem.} left out: {@link #key()}, {@code =},
 * {@link #english()}. Some codes are parts of others (a line number, a list, a field's name), so that a problem's every word can
 * be translated.
 */
public enum ProblemCode {
    // parts of messages
    /** A field's name before what is wrong with it. */
    IN_FIELD("InField={0}: {1}"),
    /** Two problems of a list. */
    LIST_THEN("List.Then={0}; {1}"),
    /** How many problems of a list were not named. */
    LIST_MORE("List.More=and {0,number,#} more"),
    /** A problem of one line of a list, as a sentence of its own. */
    LINE("Line=line {0,number,#}: {1}"),
    /** A problem of one entry of a list: the line, the entry as written (clipped) and what is wrong with it. */
    LINE_ENTRY("LineEntry=line {0,number,#}: ''{1}'' {2}"),
    /** A problem of one line of a text: the line and what is wrong with it, as a predicate. */
    LINE_THAT("LineThat=line {0,number,#} {1}"),
    /** A text as it is: a name, or a library's or the system's message (on one line, clipped). */
    TEXT("Text={0}"),

    // a file whose path a user typed, read on the node that runs the code; {0} names it (e.g. KnownHosts.File)
    FILE_MISSING("File.Missing={0} does not exist"),
    FILE_NOT_REGULAR("File.NotRegular={0} is not a regular file (a directory, a device or a pipe is not read)"),
    FILE_UNREADABLE("File.Unreadable={0} cannot be read ({1})"),
    FILE_TOO_LARGE("File.TooLarge={0} is larger than {1,number,#} KiB; it is not read"),

    // the host list
    HOST_EMPTY_LIST("Host.EmptyList=the host list is empty: give at least one MMP host"),
    HOST_TOO_MANY("Host.TooMany=the host list has {0,number,#} hosts; at most {1,number,#} are allowed"),
    HOST_SHELL_CHARACTER("Host.ShellCharacter=contains the shell metacharacter ''{0}''"),
    HOST_CONTROL_CHARACTER("Host.ControlCharacter=contains a control or non-ASCII character (U+{0})"),
    HOST_UNCLOSED_BRACKET("Host.UnclosedBracket=has ''['' without a closing '']''"),
    HOST_AFTER_BRACKET("Host.AfterBracket=has text after '']'' that is not '':port''"),
    HOST_UNBRACKETED_IPV6(
            "Host.UnbracketedIpv6=looks like an IPv6 address: write it in brackets, e.g. [{0}] or [{0}]:22"),
    HOST_EMPTY_PORT("Host.EmptyPort=has an empty port after '':''"),
    HOST_PORT_NOT_NUMBER("Host.PortNotNumber=has the port ''{0}'', which is not a number from 1 to 65535"),
    HOST_PORT_RANGE("Host.PortRange=has the port {0,number,#}, outside 1 to 65535"),
    HOST_NO_NAME("Host.NoName=has no host name before '':''"),
    HOST_NAME_TOO_LONG("Host.NameTooLong=is {0,number,#} characters long; a host name has at most {1,number,#}"),
    HOST_EMPTY_PART("Host.EmptyPart=has an empty part between dots"),
    HOST_PART_TOO_LONG(
            "Host.PartTooLong=has a part of {0,number,#} characters; each part of a host name has at most {1,number,#}"),
    HOST_BAD_CHARACTER(
            "Host.BadCharacter=contains the character ''{0}'', which is not allowed in a host name (letters, digits, ''-'' and ''.'')"),
    HOST_PART_HYPHEN("Host.PartHyphen=has the part ''{0}'', which starts or ends with ''-''"),
    HOST_IPV4_PARTS("Host.Ipv4Parts=is all digits but not an IPv4 address of four numbers"),
    HOST_IPV4_NUMBER("Host.Ipv4Number=is not a valid IPv4 address: ''{0}'' is not a number from 0 to 255"),
    HOST_IPV6_EMPTY("Host.Ipv6Empty=has empty brackets"),
    HOST_IPV6_ZONE("Host.Ipv6Zone=has an IPv6 zone (''%''), which is not supported"),
    HOST_IPV6_TWO_DOUBLE_COLONS("Host.Ipv6TwoDoubleColons=is not a valid IPv6 address: ''::'' appears twice"),
    HOST_IPV6_IPV4_NOT_LAST("Host.Ipv6Ipv4NotLast=is not a valid IPv6 address: an IPv4 part must come last"),
    HOST_IPV6_GROUP("Host.Ipv6Group=is not a valid IPv6 address: ''{0}'' is not 1 to 4 hex digits"),
    HOST_IPV6_EMPTY_GROUP("Host.Ipv6EmptyGroup=is not a valid IPv6 address: empty group"),
    HOST_IPV6_GROUP_COUNT("Host.Ipv6GroupCount=is not a valid IPv6 address: wrong number of groups"),
    /** A warning, not a refusal: an entry that repeats an earlier one, as the host's display form. */
    HOST_DUPLICATE("Host.Duplicate=line {0,number,#}: {1} repeats line {2,number,#}; it is restarted once"),
    /**
     * A warning, not a refusal: an entry that is an earlier one's MMP written another way (case, trailing dot, the
     * default port, an IPv6 or IPv4-mapped form), as both display forms; the earlier one is restarted.
     */
    HOST_DUPLICATE_SPELLING("Host.DuplicateSpelling=line {0,number,#}: {1} repeats line {2,number,#} ({3}, the same"
            + " MMP written another way); it is restarted once, as {3}"),

    // pasted public keys (known hosts and manual keys), after "line N"
    KEY_NOT_A_KEY("Key.NotAKey=is not a public key: expected ''key-type base64-key'', e.g. ''ssh-rsa AAAA...''"),
    KEY_NOT_BASE64("Key.NotBase64=has a key that is not valid base64"),
    KEY_UNKNOWN_TYPE("Key.UnknownType=does not name a known SSH key type (e.g. ssh-rsa, ssh-ed25519)"),
    KEY_OTHER_TYPE("Key.OtherType=says {0} but the key inside is of type {1}"),
    KEY_INSIDE_UNKNOWN("Key.InsideUnknown=says {0} but the key inside is not of a known type"),

    // the private keys of the MMP credentials, before anything connects
    /** One key of several: its number, how many there are, and what is wrong with it, as a predicate. */
    PRIVATE_KEY("PrivateKey.Number=private key {0,number,#} of {1,number,#} {2}"),
    PRIVATE_KEY_NOT_A_KEY("PrivateKey.NotAKey=is not a private key: paste the whole key file, from its ''-----BEGIN''"
            + " line to its ''-----END'' line"),
    PRIVATE_KEY_PUBLIC("PrivateKey.Public=is a public key: paste the private key (the key file without .pub) instead"),
    PRIVATE_KEY_PKCS8("PrivateKey.Pkcs8=is in PKCS#8 form (''BEGIN PRIVATE KEY'' or ''BEGIN ENCRYPTED PRIVATE KEY''),"
            + " which the SSH library in Jenkins does not read: convert it to PEM form with"
            + " ''ssh-keygen -p -m PEM -f KEYFILE''"),
    PRIVATE_KEY_PUTTY("PrivateKey.Putty=is a PuTTY key (.ppk), which the SSH library in Jenkins does not read: export"
            + " it in OpenSSH form with PuTTYgen (Conversions, Export OpenSSH key) or"
            + " ''puttygen KEYFILE.ppk -O private-openssh -o KEYFILE''"),
    PRIVATE_KEY_CUT("PrivateKey.Cut=was cut short: its ''-----END'' line is missing; paste the whole key file again"),
    PRIVATE_KEY_DAMAGED("PrivateKey.Damaged=is damaged: what lies between its ''-----BEGIN'' and ''-----END'' lines is"
            + " not the key that its first line names; paste the whole key file again"),
    PRIVATE_KEY_NO_PASSPHRASE("PrivateKey.NoPassphrase=is encrypted and the credentials have no passphrase: add the"
            + " key''s passphrase to the credentials"),

    // known hosts
    KNOWN_HOSTS_PROBLEMS("KnownHosts.Problems=known hosts ({0}): {1}"),
    KNOWN_HOSTS_FROM_JOB("KnownHosts.FromJob=the job configuration"),
    KNOWN_HOSTS_UNREADABLE("KnownHosts.Unreadable=known hosts ({0}): cannot be read: {1}"),
    KNOWN_HOSTS_NO_ENTRIES(
            "KnownHosts.NoEntries=no entries: paste the MMPs'' lines, e.g. from ''ssh-keyscan -t rsa mmp1.example.com''"),
    KNOWN_HOSTS_CERT_AUTHORITY(
            "KnownHosts.CertAuthority=line {0,number,#} uses @cert-authority: host certificates are not supported; give each MMP''s own key"),
    KNOWN_HOSTS_REVOKED("KnownHosts.Revoked=line {0,number,#} uses @revoked, which is not supported"),
    KNOWN_HOSTS_MARKER("KnownHosts.Marker=line {0,number,#} starts with a marker that is not supported"),
    KNOWN_HOSTS_NOT_AN_ENTRY(
            "KnownHosts.NotAnEntry=line {0,number,#} is not a known_hosts entry: expected ''host key-type base64-key''"),
    KNOWN_HOSTS_EMPTY_NAME("KnownHosts.EmptyName=line {0,number,#} has an empty name in its list of hosts"),
    KNOWN_HOSTS_FILE_REQUIRED("KnownHosts.FileRequired=known hosts file: required, e.g. {0}"),
    KNOWN_HOSTS_FILE("KnownHosts.File=known hosts file {0}"),
    KNOWN_HOSTS_FILE_MISSING("KnownHosts.FileMissing=known hosts file {0} does not exist on this node; add the MMPs''"
            + " keys with ''ssh-keyscan -t rsa <host> >> {1}'' as the user the node runs as, or choose another host"
            + " key verification"),

    // manual keys
    MANUAL_KEYS_PROBLEMS("ManualKeys.Problems=manual host keys: {0}"),
    MANUAL_KEYS_NONE("ManualKeys.None=manual host keys: give at least one host and its key"),
    MANUAL_KEYS_NO_KEY("ManualKeys.NoKey=line {0,number,#} has a host but no key"),

    // the call bridges' API addresses and the custom CA
    API_NONE("Api.None=no address; give one call bridge API address per line, e.g. https://cms1.example.com:445"),
    API_USER_INFO("Api.UserInfo=has a user name or password in it (an ''@''), which is not repeated here;"
            + " write https://host[:port] and choose credentials instead"),
    API_NOT_AN_ADDRESS("Api.NotAnAddress=''{0}'' is not an address ({1})"),
    API_FORM("Api.Form=''{0}'' must be written https://host[:port]"),
    API_NOT_HTTPS("Api.NotHttps=''{0}'' must use https: the API password is sent with every request"),
    API_NO_HOST("Api.NoHost=''{0}'' has no valid host name"),
    API_QUERY("Api.Query=''{0}'' must not have a query or fragment"),
    API_PATH("Api.Path=''{0}'' must not have a path; {1} is added"),
    API_PORT("Api.Port=''{0}'' has port {1,number,#}; use 1 to 65535"),
    CA_PRIVATE_KEY("Ca.PrivateKey=contains a private key; paste only the CA''s certificate, and replace that key"),
    CA_UNREADABLE("Ca.Unreadable=certificate {0,number,#} cannot be read: {1}"),
    ACTIVE_CALLS_TLS("ActiveCalls.Tls=TLS cannot be set up on this node: {0}"),
    CA_NONE("Ca.None=no -----BEGIN CERTIFICATE----- block found; paste the CA certificate in PEM form"),

    // the session-leak condition's logs
    LOGS_REQUIRED("Logs.Required=required; give the CMS syslog files in the workspace, e.g. cms-logs/**/syslog*"),
    LOGS_ABSOLUTE("Logs.Absolute=''{0}'' is absolute; give a pattern relative to the workspace"),
    LOGS_LEAVES_WORKSPACE("Logs.LeavesWorkspace=''{0}'' leaves the workspace with ''..''"),
    LOGS_NO_MATCH("Logs.NoMatch=no file in the workspace matches ''{0}''"),
    LOGS_NO_STATS("Logs.NoStats=no web bridge ''[DEBUGGING] Stats'' line in the {0,choice,0#{0,number,#} files|1#1 file"
            + "|1<{0,number,#} files} matching ''{1}'' ({2,choice,0#{2,number,#} lines|1#1 line|1<{2,number,#} lines}"
            + " read); the leak cannot be judged, so nothing was restarted"),
    MMP_LOG_REQUIRED("MmpLog.Required=required; the MMP''s log file, e.g. {0}"),
    MMP_LOG_TOO_LONG("MmpLog.TooLong=longer than {0,number,#} characters"),
    MMP_LOG_CONTROL("MmpLog.Control=contains control or formatting characters"),
    MMP_LOG_DIRECTORY("MmpLog.Directory=names a directory; give a file"),

    // the restart's settings
    SERVICE_UNKNOWN("Service.Unknown=''{0}'' is not a web bridge service; use ''webbridge'' or ''webbridge3''"),
    ;

    private final String key;
    private final String english;

    /** @param message the code's line in the glue's English messages, without {@code Problem.} */
    ProblemCode(String message) {
        int equals = message.indexOf('=');
        key = message.substring(0, equals);
        english = message.substring(equals + 1);
    }

    /** The code's name in the glue's messages, after {@code Problem.}, e.g. {@code Host.PortRange}. */
    public String key() {
        return key;
    }

    /** The English text, a {@link java.text.MessageFormat} pattern. */
    public String english() {
        return english;
    }
}
