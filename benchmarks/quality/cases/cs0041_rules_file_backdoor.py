"""AML.CS0041 Rules File Backdoor: Supply Chain Attack on AI Coding Assistants.

The victim: a development team using an AI coding assistant (Cursor, GitHub Copilot)
configured by a rules file in the project repository, often taken from open-source
communities; the assistant generates code into the project, which is merged after pull
request review and shipped to the application's users.

Edits after the first analysis (new DSL facts, Engine v2):

- Data "Rules file": kind=INSTRUCTIONS ("rules files used to configure AI coding
  assistants"; "its rules file was read and the malicious prompt was executed").
- Data "Source code": kind=CODE ("malicious elements ... throughout the codebase").
- Data "Coding request": kind=PROMPT ("The victim developers unknowingly used the
  compromised AI coding assistant").
- Data "Assistant prompt": kind=PROMPT ("convince the AI coding assistant to add the
  malicious script").
- Data "Generated code": kind=CODE ("insert backdoors, vulnerabilities, or malicious
  scripts into generated code").
- Data "Assistant response": kind=MODEL_OUTPUT ("not mention code changes in its
  responses").
"""

from __future__ import annotations

import threatgraph as tg
from threatgraph import controls as c

CASE_ID = "AML.CS0041"
NAME = "Rules File Backdoor: Supply Chain Attack on AI Coding Assistants"


def build() -> tg.ThreatModel:
    tm = tg.ThreatModel(
        f"{CASE_ID} {NAME}",
        # A coding agent that writes code which ends "up in a production application".
        profile=tg.RiskProfile.HIGH,
        description="AI coding assistant configured by a shared rules file.",
    )
    rules = tg.Data("Rules file", sensitivity=tg.Sensitivity.PUBLIC, kind=tg.DataKind.INSTRUCTIONS)
    source = tg.Data("Source code", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind=tg.DataKind.CODE)
    request = tg.Data(
        "Coding request", sensitivity=tg.Sensitivity.INTERNAL, kind=tg.DataKind.PROMPT
    )
    prompt = tg.Data(
        "Assistant prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind=tg.DataKind.PROMPT
    )
    generated = tg.Data(
        "Generated code", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind=tg.DataKind.CODE
    )
    summary = tg.Data(
        "Assistant response", sensitivity=tg.Sensitivity.INTERNAL, kind=tg.DataKind.MODEL_OUTPUT
    )

    with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
        # "rules files ... distributed through open-source repositories and developer
        # communities", "shared with minimal security vetting such as GitHub and
        # cursor.directory"
        community = tm.add(
            tg.DataSource(
                "Shared rules files",
                origin=tg.Origin.PUBLIC_WEB,
                provides={rules},
                description="Rules files from open-source repos and cursor.directory.",
            )
        )
        # "affecting the users of the software"
        end_users = tm.add(tg.Actor("Application users", role="end user"))

    with tm.boundary("Assistant vendor", trust=tg.Trust.PARTNER):
        # "AI coding assistants like Cursor and GitHub Copilot"
        llm = tm.add(tg.LLM("Coding assistant LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

    with tm.boundary("Code host", trust=tg.Trust.PARTNER):
        # "GitHub's pull request approval process"
        repo = tm.add(tg.DataStore("Project repository", stores={rules, source}))

    with tm.boundary("Developer workstation", trust=tg.Trust.INTERNAL):
        # "victim developers"
        developer = tm.add(tg.Actor("Developer", role="engineer", privileged=True))
        # "When the AI coding assistant was next initialized, its rules file was read"
        # DSL gap: a rules file is the agent's configuration, loaded into its context as
        # instructions at start-up; agent configuration read from a project file cannot be
        # expressed; modelled as data flowing from the working copy into the agent.
        assistant = tm.add(
            tg.Agent(
                "AI coding assistant",
                description="Cursor or GitHub Copilot, configured by the project's rules file.",
            )
        )
        # "insert backdoors, vulnerabilities, or malicious scripts into generated code"
        editor = tm.add(
            tg.Tool(
                "File edit tool",
                capabilities={tg.Capability.READ, tg.Capability.WRITE},
                description="Writes the assistant's code changes into the working copy.",
            )
        )
        working_copy = tm.add(tg.DataStore("Project working copy", stores={rules, source}))

    with tm.boundary("Production", trust=tg.Trust.INTERNAL):
        # "This code could end up in a production application"
        app = tm.add(tg.Service("Production application"))

    # "Users then pulled the latest version of the rules file"
    tm.flow(community, working_copy, rules, protocol="https", label="pull shared rules file")
    tm.flow(developer, assistant, request)
    tm.flow(assistant, developer, summary)
    tm.flow(working_copy, assistant, rules, source, label="rules loaded at start-up")
    tm.flow(assistant, llm, prompt, protocol="https")
    tm.flow(llm, assistant, generated, summary, protocol="https")
    tm.flow(assistant, editor, generated)
    tm.flow(editor, working_copy, generated)
    # "The prompt appears invisible in code editors and GitHub's pull request approval
    # process": changes reach the repository through reviewed pull requests.
    # DSL gap: that the rules file can carry text hidden from human reviewers (invisible
    # Unicode) cannot be expressed; modelled as plain human review on the flow.
    tm.flow(
        working_copy,
        repo,
        rules,
        source,
        protocol="https",
        label="pull request",
        controls={c.HumanInTheLoop(approver="pull request reviewer")},
    )
    tm.flow(repo, working_copy, rules, source, protocol="https", label="clone and pull")
    tm.flow(repo, app, source, label="deploy")
    tm.flow(app, end_users, generated, protocol="https")
    return tm


EXPECTED: dict[int, tuple[str, ...]] = {
    # "hid the prompt in a coding assistant rules file by using invisible Unicode"
    3: ("shared-rules-files->project-working-copy", "project-working-copy->project-repository"),
    # "uploaded the malicious rules file to open-source communities"
    4: ("shared-rules-files", "shared-rules-files->project-working-copy"),
    # "replacing their coding assistant's configuration with the malicious one"
    5: ("ai-coding-assistant", "project-working-copy->ai-coding-assistant"),
    # "its rules file was read and the malicious prompt was executed"
    6: ("ai-coding-assistant", "project-working-copy->ai-coding-assistant"),
    # "convince the AI coding assistant to add the malicious script"
    7: ("coding-assistant-llm", "ai-coding-assistant->coding-assistant-llm"),
    # "instructed the AI coding assistant to not mention code changes in its responses"
    8: ("ai-coding-assistant->developer", "ai-coding-assistant"),
}
