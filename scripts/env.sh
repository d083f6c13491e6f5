# Shared set-up for the developer scripts: sourced, not run.
# Finds a JDK 21 or newer and installs the Debian packages the offline build and its tests need.

# Debian packages: Maven, trilead-ssh2 (the offline build compiles against it), the OpenSSH
# server and client (interop test and benchmark), GNU time (the leak-scan benchmark reads peak memory with it).
CMS_WB_PACKAGES="maven libjenkins-trilead-ssh2-java openssh-server openssh-client time"

cms_wb_die() {
    echo "ERROR: $*" >&2
    exit 1
}

# Prints the Java specification version of a java binary ("17", "21", "25"...).
cms_wb_java_version() {
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

# Sets JAVA_HOME to a JDK 21+: the current JAVA_HOME if it is one, otherwise the newest JDK found
# under /usr/lib/jvm (Debian's place for JDKs, including vendor ones such as Temurin).
cms_wb_find_jdk() {
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
        v=$(cms_wb_java_version "$JAVA_HOME/bin/java")
        if [ -n "$v" ] && [ "$v" -ge 21 ]; then
            export JAVA_HOME
            return 0
        fi
    fi
    best=""
    best_v=0
    for dir in /usr/lib/jvm/*/; do
        dir=${dir%/}
        [ -x "$dir/bin/javac" ] || continue
        [ -L "$dir" ] && continue
        v=$(cms_wb_java_version "$dir/bin/java")
        if [ -n "$v" ] && [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then
            best="$dir"
            best_v="$v"
        fi
    done
    if [ -z "$best" ]; then
        cms_wb_die "no JDK 21 or newer found (looked at JAVA_HOME and /usr/lib/jvm/*). Install one, e.g. Temurin 21, and set JAVA_HOME to it."
    fi
    export JAVA_HOME="$best"
}

# Installs the Debian packages that are missing (needs root or sudo).
cms_wb_install_packages() {
    missing=""
    for p in $CMS_WB_PACKAGES; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
    done
    [ -z "$missing" ] && return 0
    command -v apt-get >/dev/null 2>&1 || cms_wb_die "missing packages:$missing, and apt-get is not available to install them"
    if [ "$(id -u)" -eq 0 ]; then
        sudo_cmd=""
    elif command -v sudo >/dev/null 2>&1; then
        sudo_cmd="sudo"
    else
        cms_wb_die "missing packages:$missing; install them as root: apt-get install$missing"
    fi
    echo "Installing Debian packages:$missing"
    $sudo_cmd apt-get update -qq || cms_wb_die "apt-get update failed"
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends $missing \
        || cms_wb_die "apt-get install$missing failed"
}

cms_wb_setup() {
    cms_wb_install_packages
    cms_wb_find_jdk
    export PATH="$JAVA_HOME/bin:$PATH"
    # Maven's own libraries call sun.misc.Unsafe, which JDK 24+ warns about on every run
    if [ "$(cms_wb_java_version "$JAVA_HOME/bin/java")" -ge 24 ]; then
        export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
    fi
    echo "Using JDK $(cms_wb_java_version "$JAVA_HOME/bin/java") at $JAVA_HOME"
}
