"""Visa form-filling agent for an immigration law firm: the first design, before review.

The firm's clients (individual applicants and their sponsors) sign in to a client
portal, answer an intake questionnaire and upload their documents: passports,
bank statements, payslips, marriage and birth certificates, previous refusals.
When a caseworker opens a matter in the caseworker console and asks for a draft,
an LLM agent in the firm's cloud tenancy reads the client file through a tool,
looks up the relevant government form guidance in an index, asks a hosted LLM to
map the answers and document contents onto the visa form's fields, and writes a
pre-filled draft back through a second tool. The caseworker checks every field
against the source documents in the console, corrects it and submits the
application on the government's online portal by hand; the agent never submits.
Controls in this design: portal sign-in with e-mail and password and upload checks,
staff SSO with MFA, role-based access and audit logging on the case management
system, encrypted document storage, a vendor data-processing review of the LLM.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Immigration law firm visa form-filling agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Pre-fills visa application forms from client documents and questionnaires "
    "for caseworkers to check before submission.",
)

# ---------------------------------------------------------------- data assets
questionnaire = tg.Data(
    "Intake questionnaire answers",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Travel history, family members, employment, immigration and criminal history.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
identity_docs = tg.Data(
    "Passport and identity document scans",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
evidence_docs = tg.Data(
    "Supporting evidence documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Bank statements, payslips, tenancy agreements, marriage and birth "
    "certificates, sponsor letters, medical test certificates.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
portal_status = tg.Data(
    "Document checklist and case status", kind="records", sensitivity=tg.Sensitivity.PII
)
case_record = tg.Data(
    "Client case record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Matter details, visa route, client and dependant details, deadlines.",
)
prefill_request = tg.Data(
    "Pre-fill request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The matter reference and the form to prepare, from the caseworker.",
)
file_lookup = tg.Data("Client file lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
client_file = tg.Data(
    "Client file contents",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Questionnaire answers, case record and the text of the uploaded documents.",
)
guidance_query = tg.Data("Guidance query", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
guidance_pages = tg.Data(
    "Government visa guidance pages", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
guidance_chunks = tg.Data(
    "Form guidance excerpts", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
llm_prompt = tg.Data(
    "Form-filling prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, form field list, guidance excerpts and the client file contents.",
)
llm_output = tg.Data(
    "Proposed form field values",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="A value for each form field with the document it was taken from.",
)
draft_write = tg.Data("Draft form write", kind="tool-call", sensitivity=tg.Sensitivity.PII)
draft_form = tg.Data(
    "Pre-filled draft visa form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
corrections = tg.Data(
    "Caseworker corrections and sign-off", kind="records", sensitivity=tg.Sensitivity.PII
)
application = tg.Data(
    "Submitted visa application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Applicants and sponsors; anyone can be invited to the portal by a caseworker.
    client = tm.add(tg.Actor("Client", role="visa applicant or sponsor"))
    # Published guidance the agent needs to know what each form field expects.
    guidance_site = tm.add(
        tg.DataSource(
            "Government guidance website",
            origin=tg.Origin.PUBLIC_WEB,
            provides={guidance_pages},
            description="Public caseworker guidance and form help pages, fetched weekly.",
        )
    )
    # Where the caseworker files the checked application; outside the firm's control.
    gov_portal = tm.add(
        tg.ExternalService(
            "Government visa application portal",
            description="The official online application service; the caseworker submits there.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that reads the documents' text and proposes field values.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A general-purpose model behind the vendor's API, under an enterprise "
            "agreement with no training on customer data.",
            controls={c.SupplierAssessment(note="DPA signed; vendor security questionnaire done")},
        )
    )

with tm.boundary("Firm cloud tenancy", trust=tg.Trust.INTERNAL):
    # The only way clients reach the firm's systems: intake and uploads.
    portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Web app for the intake questionnaire, document uploads and status.",
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="uploads limited to PDF, JPEG and PNG under 20 MB"),
            },
        )
    )
    # Staff-facing screen where drafts are requested, checked and signed off.
    console = tm.add(
        tg.Endpoint(
            "Caseworker console",
            purpose=tg.EndpointPurpose.API,
            description="Shows each draft field beside the document it came from.",
            controls={
                c.Authentication(method="Microsoft Entra ID SSO with MFA"),
                c.RBAC(note="caseworkers see the matters of their team"),
            },
        )
    )
    # The LLM agent that plans the lookups and writes the draft.
    agent = tm.add(
        tg.Agent(
            "Form-filling agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Reads the client file, looks up guidance, asks the LLM for field "
            "values and saves a draft. It cannot submit anything.",
            controls={
                c.HumanInTheLoop(
                    approver="the caseworker on the matter",
                    note="every draft is checked field by field before submission",
                )
            },
        )
    )
    # Read tool: gives the agent the questionnaire, case record and document text.
    file_tool = tm.add(
        tg.Tool(
            "Client file tool",
            capabilities={"read"},
            description="Fetches the case record, questionnaire and OCR text of the documents "
            "for a matter reference.",
        )
    )
    # Write tool: saves the draft form against the matter.
    draft_tool = tm.add(
        tg.Tool(
            "Draft form tool",
            capabilities={"write"},
            description="Creates or overwrites the draft form for a matter.",
        )
    )
    # Drafts awaiting the caseworker's check.
    draft_store = tm.add(tg.DataStore("Draft form store", stores={draft_form, corrections}))
    # Weekly job that refreshes the guidance index.
    indexer = tm.add(tg.Pipeline("Guidance indexing job", stage=tg.Stage.INGESTION))
    # Searchable government guidance, so the agent knows what each field expects.
    guidance_index = tm.add(tg.VectorStore("Form guidance index", stores={guidance_chunks}))

    with tm.boundary("Client data tier", trust=tg.Trust.RESTRICTED):
        # Uploaded documents, kept for the life of the matter.
        doc_store = tm.add(
            tg.DataStore(
                "Client document store",
                stores={identity_docs, evidence_docs},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )
        # The firm's existing case management system: matters and questionnaire answers.
        case_db = tm.add(
            tg.DataStore(
                "Case management system",
                stores={case_record, questionnaire, application},
                controls={c.RBAC(), c.AuditLogging()},
            )
        )

with tm.boundary("Firm office network", trust=tg.Trust.INTERNAL):
    # Immigration caseworkers and solicitors who own each matter.
    caseworker = tm.add(tg.Actor("Caseworker", role="immigration caseworker"))

# ---------------------------------------------------------------- flows
# intake
tm.flow(client, portal, questionnaire, identity_docs, evidence_docs, protocol="https")
tm.flow(portal, client, portal_status, protocol="https")
tm.flow(portal, doc_store, identity_docs, evidence_docs)
tm.flow(portal, case_db, questionnaire)
tm.flow(case_db, portal, portal_status)

# guidance
tm.flow(guidance_site, indexer, guidance_pages, protocol="https", label="weekly fetch")
tm.flow(indexer, guidance_index, guidance_chunks)

# drafting
tm.flow(caseworker, console, prefill_request, protocol="https")
tm.flow(console, agent, prefill_request)
tm.flow(agent, file_tool, file_lookup)
tm.flow(case_db, file_tool, case_record, questionnaire)
tm.flow(doc_store, file_tool, identity_docs, evidence_docs)
tm.flow(file_tool, agent, client_file)
tm.flow(agent, guidance_index, guidance_query, label="similarity query")
tm.flow(guidance_index, agent, guidance_chunks)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_output, protocol="https")
tm.flow(agent, draft_tool, draft_write)
tm.flow(draft_tool, draft_store, draft_form)

# checking and submission
tm.flow(draft_store, console, draft_form)
tm.flow(doc_store, console, identity_docs, evidence_docs, label="source documents beside fields")
tm.flow(console, caseworker, draft_form, identity_docs, evidence_docs, protocol="https")
tm.flow(caseworker, console, corrections, protocol="https")
tm.flow(console, draft_store, corrections)
tm.flow(console, case_db, application, label="final form saved to the matter")
tm.flow(caseworker, gov_portal, application, protocol="https", label="submitted by hand")
