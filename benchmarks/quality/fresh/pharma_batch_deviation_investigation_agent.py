"""Batch deviation investigation agent: the first design, before any security review.

When a deviation is raised on a manufacturing batch, a QA investigator opens it
in an internal investigation workbench and asks an LLM agent to prepare the
investigation. The agent pulls the executed batch record from the MES, equipment
alarm and event logs from the plant historian, and QC results from the LIMS,
retrieves similar closed investigations and CAPAs from a vector index, and asks
a hosted LLM (vendor tenancy under an enterprise agreement) to draft the
investigation narrative and the probable root cause. The draft is written back
to the deviation record in the QMS as a draft; the investigator edits it and a
QA approver signs it off with a Part 11 e-signature in the QMS. Staff sign in
to the workbench with corporate SSO and MFA; the agent's read tools use
read-only service accounts; the validated GxP systems keep their own audit
trails. Every agent step is written to a trace log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Batch deviation investigation agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM agent drafting GMP deviation investigations and root causes from batch "
        "records, equipment logs and lab results for quality assurance."
    ),
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Investigation request",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Deviation number, what was observed, and the investigator's instructions.",
)
tool_call = tg.Data("Agent tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
batch_records = tg.Data(
    "Executed batch records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Electronic batch record: steps, parameters, operator entries and signatures.",
)
equipment_logs = tg.Data(
    "Equipment alarm and event logs",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
lab_results = tg.Data(
    "QC lab results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="In-process and release test results, including OOS and OOT results.",
)
deviation_record = tg.Data(
    "Deviation record",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
past_investigations = tg.Data(
    "Closed investigations and CAPAs",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
investigation_chunks = tg.Data(
    "Investigation chunks and embeddings",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
llm_prompt = tg.Data(
    "Investigation prompt with evidence",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the request, extracts of the records and similar past cases.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
draft = tg.Data(
    "Draft investigation and root cause",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
esignature = tg.Data(
    "Investigation approval e-signature",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
trace = tg.Data("Agent trace", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Opens the deviation, asks the agent for a draft, edits and submits it.
    investigator = tm.add(tg.Actor("QA investigator", role="quality assurance investigator"))
    # Reviews and signs the final investigation in the QMS.
    approver = tm.add(tg.Actor("QA approver", role="quality assurance head", privileged=True))
    # Internal web app where investigators start and review agent drafts.
    workbench = tm.add(
        tg.Endpoint(
            "Investigation workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(note="QA investigator role only"),
            },
        )
    )

with tm.boundary("AI platform", trust=tg.Trust.INTERNAL):
    # The LLM agent that decides which records to pull and assembles the draft.
    agent = tm.add(
        tg.Agent(
            "Deviation investigation agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Gathers evidence for one deviation and drafts the investigation.",
            controls={
                c.HumanInTheLoop(
                    approver="the QA investigator edits the draft and a QA approver signs it in QMS"
                ),
                c.CircuitBreaker(max_steps=30),
            },
        )
    )
    # Reads executed batch records from the MES for the batch under investigation.
    batch_tool = tm.add(
        tg.Tool(
            "Batch record lookup",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only MES service account")},
        )
    )
    # Reads alarm and event history for the equipment used on the batch.
    equipment_tool = tm.add(
        tg.Tool(
            "Equipment log lookup",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only historian account")},
        )
    )
    # Reads QC results for the batch and its materials from the LIMS.
    lims_tool = tm.add(
        tg.Tool(
            "Lab results lookup",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only LIMS service account")},
        )
    )
    # Reads the deviation record and writes the draft investigation into it.
    qms_tool = tm.add(tg.Tool("QMS deviation tool", capabilities={"read", "write"}))
    # Similar closed investigations and CAPAs, retrieved as precedent.
    index = tm.add(tg.VectorStore("Investigation index", stores={investigation_chunks}))
    # Nightly job that chunks and embeds closed investigations exported from QMS.
    indexer = tm.add(tg.Pipeline("Investigation indexing job", stage=tg.Stage.INGESTION))
    # Step-by-step record of prompts, tool calls and results, for QA to trace a draft.
    trace_store = tm.add(tg.DataStore("Agent trace log", stores={trace}))

with tm.boundary("GxP validated systems", trust=tg.Trust.RESTRICTED):
    # Manufacturing execution system holding the electronic batch records.
    mes = tm.add(
        tg.DataStore(
            "MES",
            stores={batch_records},
            controls={c.AuditLogging(note="Part 11 audit trail"), c.RBAC()},
        )
    )
    # Laboratory information management system with QC results.
    lims = tm.add(
        tg.DataStore(
            "LIMS",
            stores={lab_results},
            controls={c.AuditLogging(note="Part 11 audit trail"), c.RBAC()},
        )
    )
    # Quality management system: deviation records, investigations, CAPAs, e-signatures.
    qms = tm.add(
        tg.DataStore(
            "QMS",
            stores={deviation_record, draft, past_investigations, esignature},
            controls={c.AuditLogging(note="Part 11 audit trail"), c.RBAC()},
        )
    )

with tm.boundary("Plant OT network", trust=tg.Trust.RESTRICTED):
    # Process historian collecting equipment alarms and events from the lines.
    historian = tm.add(tg.DataStore("Plant historian", stores={equipment_logs}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model in the vendor's enterprise tenancy that writes the narrative.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise agreement, no training on our data")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(investigator, workbench, request, protocol="https")
tm.flow(workbench, agent, request, protocol="https")
tm.flow(agent, workbench, draft, protocol="https")
tm.flow(workbench, investigator, draft, protocol="https")

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, batch_tool, tool_call)
tm.flow(batch_tool, mes, tool_call, protocol="https")
tm.flow(mes, batch_tool, batch_records, protocol="https")
tm.flow(batch_tool, agent, batch_records)

tm.flow(agent, equipment_tool, tool_call)
tm.flow(equipment_tool, historian, tool_call, protocol="https")
tm.flow(historian, equipment_tool, equipment_logs, protocol="https")
tm.flow(equipment_tool, agent, equipment_logs)

tm.flow(agent, lims_tool, tool_call)
tm.flow(lims_tool, lims, tool_call, protocol="https")
tm.flow(lims, lims_tool, lab_results, protocol="https")
tm.flow(lims_tool, agent, lab_results)

tm.flow(agent, qms_tool, tool_call, draft)
tm.flow(qms_tool, qms, draft, protocol="https", label="save draft on deviation")
tm.flow(qms, qms_tool, deviation_record, protocol="https")
tm.flow(qms_tool, agent, deviation_record)

tm.flow(agent, index, request, label="similarity query")
tm.flow(index, agent, investigation_chunks, label="similar past investigations")
tm.flow(qms, indexer, past_investigations, protocol="https", label="nightly export")
tm.flow(indexer, index, investigation_chunks)

tm.flow(agent, trace_store, trace)

tm.flow(qms, approver, draft, deviation_record, protocol="https")
tm.flow(approver, qms, esignature, protocol="https")
