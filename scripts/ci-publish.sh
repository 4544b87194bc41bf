#!/usr/bin/env bash
# Publishes the built site from a pipeline job (GitLab CI, GitHub/Gitea/Forgejo Actions), the
# same way on every host: `PUBLISH=1 npm run publish -- --dest "$PUBLISH_DEST" --from dist`, after
# the job has built the site.
#
# PUBLISH_DEST is a directory on the runner (a shell runner on the web server, or a mounted
# share) or `user@host:/path`, reached with rsync over SSH. For SSH:
#   PUBLISH_SSH_KEY      the private key: its text, its text in base64 (one line, so that
#                        GitLab can mask it), or the path of a file holding it (a GitLab
#                        variable of type "File");
#   PUBLISH_KNOWN_HOSTS  the server's line(s) for known_hosts (`ssh-keyscan -t ed25519 host`,
#                        checked by hand once), as text or as the path of a file. Required:
#                        the host key is checked strictly, never accepted on first use.
#
# Never add `set -x` here: it would print the key into the job log.
set -euo pipefail

if [ -z "${PUBLISH_DEST:-}" ]; then
  echo "PUBLISH_DEST 未设置：请在流水线变量中设置发布目标（目录或 user@host:/path），见 README “Pipelines”。" >&2
  exit 1
fi

# rsync's rule: a colon before the first slash means a remote host.
if [[ "$PUBLISH_DEST" =~ ^[^/]*: ]]; then
  if [ -z "${PUBLISH_SSH_KEY:-}" ] || [ -z "${PUBLISH_KNOWN_HOSTS:-}" ]; then
    echo "发布到远程服务器需要 PUBLISH_SSH_KEY 和 PUBLISH_KNOWN_HOSTS 两个变量，见 README “Pipelines”。" >&2
    exit 1
  fi
  if ! command -v rsync >/dev/null || ! command -v ssh >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends rsync openssh-client >/dev/null
    else
      echo "运行器上缺少 rsync 或 ssh，请安装后重试。" >&2
      exit 1
    fi
  fi
  secrets=$(mktemp -d)
  trap 'rm -rf "$secrets"' EXIT
  umask 077
  key="$secrets/id"
  if [ -f "$PUBLISH_SSH_KEY" ]; then
    cp "$PUBLISH_SSH_KEY" "$key"
  elif [[ "$PUBLISH_SSH_KEY" == -----BEGIN* ]]; then
    printf '%s\n' "$PUBLISH_SSH_KEY" >"$key"
  elif ! printf '%s' "$PUBLISH_SSH_KEY" | base64 -d >"$key" 2>/dev/null; then
    echo "PUBLISH_SSH_KEY 既不是私钥文本，也不是其 base64 编码或文件路径。（变量内容不显示。）" >&2
    exit 1
  fi
  chmod 600 "$key"
  known="$secrets/known_hosts"
  if [ -f "$PUBLISH_KNOWN_HOSTS" ]; then cp "$PUBLISH_KNOWN_HOSTS" "$known"; else printf '%s\n' "$PUBLISH_KNOWN_HOSTS" >"$known"; fi
  # publish.ts passes these files to ssh and rsync (strict host key check); the key's text is
  # taken out of its environment so that it never writes a second copy.
  export PUBLISH_SSH_KEY_FILE="$key" PUBLISH_KNOWN_HOSTS_FILE="$known"
  unset PUBLISH_SSH_KEY
fi

# The job has built the site already (PUBLISH=1 npm run build): publish that build.
PUBLISH=1 npm run publish -- --dest "$PUBLISH_DEST" --from "${OUT_DIR:-dist}"
