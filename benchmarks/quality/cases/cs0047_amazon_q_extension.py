"""AML.CS0047 Code to Deploy Destructive AI Agent Discovered in Amazon Q VS Code Extension.

The victim: the Amazon Q Developer VS Code extension, built from its GitHub
repository by CodeBuild and released to users, where it can start an Amazon Q
agent with filesystem and bash tools that reach the user's files and AWS
resources.

Edits after the first analysis (new DSL facts, Engine v2):

- Data "Commits": kind=CODE ("make a commit containing malicious code").
- Data "Extension source code": kind=CODE ("commit malicious code to the Amazon Q VS
  Code GitHub repository").
- Data "GitHub token": kind=CREDENTIALS ("an inappropriately scoped GitHub token").
- Data "Extension release package": kind=CODE ("The malicious package was executed by
  users who upgraded").
- Data "Agent prompt": kind=PROMPT ("deployed an Amazon Q agent with the malicious
  prompt").
- Data "Agent context": kind=PROMPT (the Amazon Q agent's prompt to the model).
- Data "Tool calls": kind=TOOL_CALL ("invoke its filesystem and bash tools").
- Data "Filesystem and bash commands": kind=TOOL_CALL ("invoke its filesystem and bash
  tools to delete filesystem and cloud resources").
- Data "AWS profiles": kind=CREDENTIALS ("discover and use AWS profiles to list and
  delete cloud resources").
"""

from __future__ import annotations

import threatgraph as tg

CASE_ID = "AML.CS0047"
NAME = "Code to Deploy Destructive AI Agent Discovered in Amazon Q VS Code Extension"


def build() -> tg.ThreatModel:
    tm = tg.ThreatModel(
        f"{CASE_ID} {NAME}",
        # A widely installed developer tool whose agent can delete files and cloud resources.
        profile=tg.RiskProfile.HIGH,
        description="Release pipeline of the Amazon Q VS Code extension and the agent it starts.",
    )
    commits = tg.Data("Commits", sensitivity=tg.Sensitivity.PUBLIC, kind=tg.DataKind.CODE)
    source = tg.Data(
        "Extension source code", sensitivity=tg.Sensitivity.PUBLIC, kind=tg.DataKind.CODE
    )
    token = tg.Data("GitHub token", sensitivity=tg.Sensitivity.SECRET, kind=tg.DataKind.CREDENTIALS)
    release = tg.Data(
        "Extension release package", sensitivity=tg.Sensitivity.PUBLIC, kind=tg.DataKind.CODE
    )
    prompt = tg.Data("Agent prompt", sensitivity=tg.Sensitivity.INTERNAL, kind=tg.DataKind.PROMPT)
    request = tg.Data("Developer request", sensitivity=tg.Sensitivity.INTERNAL)
    context = tg.Data(
        "Agent context", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind=tg.DataKind.PROMPT
    )
    plan = tg.Data("Tool calls", sensitivity=tg.Sensitivity.INTERNAL, kind=tg.DataKind.TOOL_CALL)
    commands = tg.Data(
        "Filesystem and bash commands",
        sensitivity=tg.Sensitivity.INTERNAL,
        kind=tg.DataKind.TOOL_CALL,
    )
    files = tg.Data("Home directory files", sensitivity=tg.Sensitivity.CONFIDENTIAL)
    aws_creds = tg.Data(
        "AWS profiles", sensitivity=tg.Sensitivity.SECRET, kind=tg.DataKind.CREDENTIALS
    )
    cloud_calls = tg.Data("AWS CLI calls", sensitivity=tg.Sensitivity.CONFIDENTIAL)

    with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
        # "a malicious actor using the GitHub username 'lkmanka58'": any GitHub user
        # can propose changes to the public repository.
        github_user = tm.add(tg.Actor("GitHub user", role="outside contributor"))

    with tm.boundary("GitHub", trust=tg.Trust.PARTNER):
        # "the Amazon Q Developer Visual Studio Code (VS Code) extension repository"
        repo = tm.add(tg.DataStore("Extension repository", stores={source}))

    with tm.boundary("AWS build account", trust=tg.Trust.INTERNAL):
        # "an inappropriately scoped GitHub token in Amazon Q VS Code extension's
        # CodeBuild configuration"
        # DSL gap: a credential kept in a CI configuration, and its scope (write
        # access to the repository beyond what the build needs), cannot be said;
        # modelled as a store holding a secret that the build reads.
        build_config = tm.add(tg.DataStore("CodeBuild configuration", stores={token}))
        # "The commit was automatically included as part of the v1.84.0 release."
        build = tm.add(tg.Pipeline("CodeBuild release build", stage=tg.Stage.DEPLOYMENT))

    with tm.boundary("Extension marketplace", trust=tg.Trust.PARTNER):
        # "users who upgraded to v1.84.0 of the VS Code extension"
        marketplace = tm.add(
            tg.ExternalService(
                "VS Code extension marketplace", provides=tg.ExternalCategory.PACKAGE_REGISTRY
            )
        )

    with tm.boundary("Amazon Q service", trust=tg.Trust.PARTNER):
        # "Amazon Q (Amazon's generative AI assistant)": a hosted service the
        # extension calls.
        llm = tm.add(tg.LLM("Amazon Q model", origin=tg.ModelOrigin.THIRD_PARTY_API))

    with tm.boundary("User workstation", trust=tg.Trust.INTERNAL):
        developer = tm.add(tg.Actor("Developer", role="extension user", privileged=True))
        # DSL gap: the extension is code shipped through the marketplace and run on
        # the user's machine; there is no kind for a distributed software package,
        # so it is a service fed by the marketplace.
        extension = tm.add(tg.Service("Amazon Q VS Code extension"))
        # "deploy an Amazon Q (Amazon's generative AI assistant) agent"
        # DSL gap: the agent's autonomy is chosen by whoever starts it (here
        # `q --trust-all-tools --no-interactive`, which skips tool approval); a
        # per-launch autonomy cannot be said, so the default (supervised) is kept.
        agent = tm.add(tg.Agent("Amazon Q agent"))
        # "You are an AI agent with access to filesystem tools and bash."
        fs_tool = tm.add(
            tg.Tool(
                "Filesystem tools",
                capabilities={tg.Capability.READ, tg.Capability.WRITE, tg.Capability.DELETE},
            )
        )
        bash = tm.add(
            tg.Tool(
                "Bash tool",
                capabilities={
                    tg.Capability.READ,
                    tg.Capability.WRITE,
                    tg.Capability.DELETE,
                    tg.Capability.EXECUTE_CODE,
                    tg.Capability.NETWORK_EGRESS,
                },
            )
        )
        # "Start with the user's home directory"
        home = tm.add(tg.DataStore("User home directory", stores={files}))
        # "discover and use AWS profiles"
        profiles = tm.add(tg.DataStore("AWS CLI profiles", stores={aws_creds}))

    with tm.boundary("User AWS account", trust=tg.Trust.INTERNAL):
        # "ec2 terminate-instances ... s3 rm ... iam delete-user"
        cloud = tm.add(
            tg.ExternalService("AWS cloud resources", description="EC2, S3 and IAM resources.")
        )

    tm.flow(github_user, repo, commits, protocol="https")
    tm.flow(repo, build, source, protocol="https", label="checked out with the GitHub token")
    tm.flow(build_config, build, token)
    tm.flow(build, marketplace, release, protocol="https", label="publish release")
    tm.flow(marketplace, extension, release, protocol="https", label="install and upgrade")

    tm.flow(developer, extension, request)
    tm.flow(extension, agent, prompt, label="starts the q agent with a prompt")
    tm.flow(agent, llm, context, protocol="https")
    tm.flow(llm, agent, plan, protocol="https")
    tm.flow(agent, fs_tool, commands)
    tm.flow(agent, bash, commands)
    tm.flow(fs_tool, home, files)
    tm.flow(bash, home, files)
    tm.flow(profiles, bash, aws_creds)
    tm.flow(bash, cloud, cloud_calls, protocol="https", label="AWS CLI")
    return tm


EXPECTED: dict[int, tuple[str, ...]] = {
    # "obtained an inappropriately scoped GitHub token in ... CodeBuild configuration"
    2: ("codebuild-configuration", "codebuild-configuration->codebuild-release-build"),
    # "used the GitHub token to commit malicious code ... automatically included as
    # part of the v1.84.0 release"
    3: (
        "extension-repository",
        "github-user->extension-repository",
        "extension-repository->codebuild-release-build",
    ),
    # "executed by users who upgraded to v1.84.0 of the VS Code extension"
    4: (
        "amazon-q-vs-code-extension",
        "vs-code-extension-marketplace->amazon-q-vs-code-extension",
    ),
    # "deployed an Amazon Q agent with the malicious prompt"
    5: ("amazon-q-agent", "amazon-q-vs-code-extension->amazon-q-agent"),
    # "deployed with a prompt injection instructing it to perform destructive actions"
    6: ("amazon-q-agent", "amazon-q-vs-code-extension->amazon-q-agent"),
    # "invoke its filesystem and bash tools to delete filesystem and cloud resources"
    7: ("bash-tool", "filesystem-tools", "bash-tool->aws-cloud-resources"),
}
