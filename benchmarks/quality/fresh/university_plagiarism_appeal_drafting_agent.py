"""Plagiarism appeal drafting agent: the first design, before any security review.

The academic-misconduct office of an EU university handles several hundred
plagiarism appeals a year. Students lodge an appeal in the appeals portal, signing
in with university SSO and MFA, and upload a statement with supporting evidence.
A misconduct officer opens a case and asks a drafting agent for a draft decision.
The agent, running on the university's own servers, reads the case file from the
misconduct case system, fetches the originality report from the similarity-checking
vendor, retrieves the relevant regulations and anonymised past decisions from an
index, and writes a reasoned draft back to the case, using a hosted LLM under a
data-processing agreement. The officer edits and issues every decision; the agent
cannot issue one. Case data is encrypted and role-restricted, the agent's loop is
capped, and its write tool can only save drafts.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Plagiarism appeal drafting agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Drafts decisions on students' plagiarism appeals for the academic-misconduct office.",
)

# ---------------------------------------------------------------- data assets
appeal_statement = tg.Data(
    "Appeal statement",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The student's grounds of appeal, in their own words.",
)
appeal_evidence = tg.Data(
    "Appeal evidence",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Drafts, notes and mitigating-circumstances evidence, sometimes medical letters.",
)
student_extract = tg.Data(
    "Student record extract",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Programme, year, module and any earlier misconduct findings.",
)
case_file = tg.Data(
    "Misconduct case file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The allegation, the first-stage decision, the appeal and its evidence.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
originality_report = tg.Data(
    "Originality report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The submitted work with matched sources and a similarity percentage.",
)
drafting_request = tg.Data("Drafting request", kind="prompt", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data("LLM prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
tool_call = tg.Data("Tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
regulations = tg.Data(
    "Academic integrity regulations", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
past_decisions = tg.Data(
    "Past appeal decisions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Issued decisions as stored in the case system, with student names.",
)
precedents = tg.Data(
    "Regulation and precedent passages",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Chunks of the regulations and of anonymised past decisions.",
)
draft_decision = tg.Data(
    "Draft appeal decision",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Recommended outcome (uphold, dismiss, refer to panel) with reasons.",
)
final_decision = tg.Data("Appeal decision letter", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The appellant, from anywhere.
    student = tm.add(tg.Actor("Student", role="appellant"))

with tm.boundary("Similarity-checking vendor", trust=tg.Trust.PARTNER):
    # The vendor's service that already checks all coursework submissions.
    similarity = tm.add(
        tg.ExternalService(
            "Similarity-checking service", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model behind the vendor's API, EU region.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; no training on our prompts")},
        )
    )

with tm.boundary("University network", trust=tg.Trust.INTERNAL):
    # Where students lodge appeals and upload evidence.
    portal = tm.add(
        tg.Endpoint(
            "Appeals portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="university SSO (OIDC) with MFA"),
                c.InputValidation(note="PDF, DOCX and images only, 20 MB per file"),
            },
        )
    )
    # The office's system of record for cases, appeals, drafts, decisions and the regulations.
    case_system = tm.add(
        tg.DataStore(
            "Misconduct case system",
            stores={case_file, draft_decision, past_decisions, final_decision, regulations},
            controls={
                c.RBAC(),
                c.EncryptionAtRest(key_management="database TDE"),
            },
        )
    )
    # The central student records system; the case system pulls from it.
    sis = tm.add(tg.DataStore("Student record system", stores={student_extract}))
    # The officer who asks for drafts and issues the decisions.
    officer = tm.add(tg.Actor("Misconduct officer", role="academic-misconduct officer"))
    # Plans the draft: gathers the case, the report and the rules, then writes.
    agent = tm.add(
        tg.Agent(
            "Appeal drafting agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.Authentication(method="university SSO (OIDC) with MFA"),
                c.HumanInTheLoop(approver="the misconduct officer edits and issues every decision"),
                c.CircuitBreaker(max_steps=20),
            },
        )
    )
    # Reads one case file, by case number, from the case system.
    case_tool = tm.add(tg.Tool("Case file lookup tool", capabilities={"read"}))
    # Fetches the originality report for the work under appeal.
    report_tool = tm.add(
        tg.Tool("Originality report tool", capabilities={"read", "network-egress"})
    )
    # Saves the draft into the case; it cannot change status or send anything.
    draft_tool = tm.add(
        tg.Tool(
            "Draft saving tool",
            capabilities={"write"},
            controls={c.LeastPrivilegeTools(note="may only write the draft field of a case")},
        )
    )
    # Regulations and past decisions, searched by the agent for consistent reasoning.
    index = tm.add(tg.VectorStore("Regulations and precedents index", stores={precedents}))
    # Rebuilds the index each term from the regulations and the issued decisions.
    indexer = tm.add(
        tg.Pipeline(
            "Precedent indexing job",
            stage=tg.Stage.INGESTION,
            controls={c.DataMinimization(note="student names and IDs removed before indexing")},
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.3")

tm.flow(student, portal, appeal_statement, appeal_evidence, protocol="https", controls={tls})
tm.flow(portal, case_system, appeal_statement, appeal_evidence)
tm.flow(sis, case_system, student_extract, label="nightly sync")
tm.flow(case_system, student, final_decision, protocol="smtp", label="decision e-mailed")

tm.flow(officer, agent, drafting_request, protocol="https")
tm.flow(agent, officer, draft_decision, protocol="https")
tm.flow(agent, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, llm_completion, protocol="https", controls={tls})

tm.flow(agent, case_tool, tool_call)
tm.flow(case_tool, case_system, tool_call, label="case number")
tm.flow(case_system, case_tool, case_file)
tm.flow(case_tool, agent, case_file)

tm.flow(agent, report_tool, tool_call)
tm.flow(report_tool, similarity, tool_call, protocol="https", controls={tls})
tm.flow(similarity, report_tool, originality_report, protocol="https", controls={tls})
tm.flow(report_tool, agent, originality_report)

tm.flow(agent, index, tool_call, label="similarity search")
tm.flow(index, agent, precedents)

tm.flow(agent, draft_tool, draft_decision)
tm.flow(draft_tool, case_system, draft_decision)

tm.flow(officer, case_system, final_decision, protocol="https", label="edits and issues decision")
tm.flow(case_system, officer, case_file, draft_decision, protocol="https")

tm.flow(case_system, indexer, past_decisions, regulations, label="termly rebuild")
tm.flow(indexer, index, precedents)
