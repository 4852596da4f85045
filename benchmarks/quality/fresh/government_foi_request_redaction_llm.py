"""FOI redaction assistant: the first design, before any security review.

A government department answers freedom-of-information requests that members of
the public submit through a web form on its site. FOI officers gather the
documents in scope from the departmental records system (EDRMS) into a redaction
workbench. A text extraction service turns PDFs, Word files and e-mails into text;
a redaction orchestrator sends the text in chunks, with the department's section 40
(personal information) guidance, to a hosted LLM in the provider's UK region, which
proposes spans to redact with a reason for each. The officer accepts, rejects or
adds redactions in the workbench, then a renderer burns the approved redactions into
PDFs that the officer attaches to the case and that go to the requester by e-mail.
Controls so far: SSO with MFA, role-based access and audit logging on the workbench,
the officer's approval of every redaction, a supplier assessment of the LLM provider
(no training on our data), encryption at rest of the records system and working store.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "FOI redaction assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-proposed redaction of personal data in FOI releases, checked by FOI officers.",
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "FOI request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The requester's name, e-mail address and the information asked for.",
)
case_record = tg.Data("FOI case record", kind="records", sensitivity=tg.Sensitivity.PII)
doc_query = tg.Data(
    "Document retrieval request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
source_docs = tg.Data(
    "Source documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Unredacted minutes, e-mails, reports: names, contact details, sometimes "
    "health or complaint details of staff and members of the public.",
)
extracted = tg.Data("Extracted document text", kind="documents", sensitivity=tg.Sensitivity.PII)
guidance = tg.Data(
    "Redaction guidance and prompt template",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
)
prompt = tg.Data(
    "Redaction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Guidance, instructions and one chunk of document text.",
)
proposals = tg.Data(
    "Proposed redactions",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Character spans with the personal data found and the exemption cited.",
)
decisions = tg.Data(
    "Redaction decisions",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The officer's accept, reject or add for each span, with their user ID.",
)
selection = tg.Data("Documents in scope", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
release = tg.Data(
    "Redacted release bundle",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Flattened PDFs with redactions burnt in, as sent to the requester.",
)
sign_in = tg.Data("Officer ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone may ask; the request and the release are the only public touch points.
    requester = tm.add(tg.Actor("FOI requester", role="member of the public"))

with tm.boundary("Public web tier", trust=tg.Trust.INTERNAL):
    # The department's existing FOI request form.
    portal = tm.add(
        tg.Endpoint(
            "FOI request form",
            purpose=tg.EndpointPurpose.API,
            controls={c.InputValidation(note="field lengths and formats checked")},
        )
    )

with tm.boundary("Department network", trust=tg.Trust.INTERNAL):
    # Existing case system: deadlines, correspondence and the final response.
    case_system = tm.add(
        tg.Service(
            "FOI case management system",
            description="Off-the-shelf case system; sends responses from the FOI mailbox.",
        )
    )
    # The department's record of everything; documents in scope come from here.
    edrms = tm.add(
        tg.DataStore(
            "Departmental records system (EDRMS)",
            id="edrms",
            stores={source_docs},
            controls={c.EncryptionAtRest(key_management="on-premises HSM"), c.RBAC()},
        )
    )
    # Handles the request, checks every proposal and signs off the release.
    officer = tm.add(tg.Actor("FOI officer", role="FOI officer"))

with tm.boundary("Redaction platform", trust=tg.Trust.INTERNAL):
    # Where officers load documents, review proposals and approve redactions.
    workbench = tm.add(
        tg.Service(
            "Redaction workbench",
            controls={
                c.Authentication(method="department SSO (OIDC) with MFA"),
                c.RBAC(note="FOI team only"),
                c.AuditLogging(note="who accepted or rejected which span"),
                c.HumanInTheLoop(approver="the FOI officer handling the case"),
            },
        )
    )
    # Turns PDFs, Word documents and e-mail files into plain text (OCR for scans).
    extraction = tm.add(tg.Service("Text extraction service"))
    # Chunks the text, builds prompts, calls the LLM and parses its spans.
    orchestrator = tm.add(tg.Service("Redaction orchestrator"))
    # Section 40 guidance, examples and the prompt template, edited by the FOI team lead.
    guidance_store = tm.add(tg.DataStore("Redaction guidance store", stores={guidance}))
    # Per-case working copies: text, proposals, decisions and rendered bundles.
    working = tm.add(
        tg.DataStore(
            "Case working store",
            stores={source_docs, extracted, proposals, decisions, release},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Burns approved redactions into flattened PDFs.
    renderer = tm.add(tg.Service("PDF redaction renderer"))

with tm.boundary("LLM provider (UK region)", trust=tg.Trust.PARTNER):
    # The hosted model that proposes what to redact.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model through the cloud provider's API.",
            controls={c.SupplierAssessment(note="no training on prompts, no retention, UK region")},
        )
    )

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # The department's cloud directory, used for staff sign-in.
    idp = tm.add(tg.ExternalService("Department identity provider", provides="identity-provider"))

# ---------------------------------------------------------------- flows
tm.flow(requester, portal, request, protocol="https")
tm.flow(portal, case_system, request, protocol="https")
tm.flow(case_system, officer, case_record, protocol="https")
tm.flow(officer, case_system, case_record, protocol="https")

tm.flow(officer, idp, sign_in, protocol="oidc", label="sign-in")
tm.flow(idp, workbench, sign_in, protocol="oidc")
tm.flow(officer, workbench, selection, decisions, protocol="https")
tm.flow(workbench, officer, proposals, release, protocol="https", label="review and preview")

tm.flow(workbench, edrms, doc_query, protocol="https")
tm.flow(edrms, workbench, source_docs, protocol="https")
tm.flow(workbench, working, source_docs, decisions)
tm.flow(working, workbench, proposals, release)
tm.flow(working, extraction, source_docs)
tm.flow(extraction, working, extracted)

tm.flow(working, orchestrator, extracted)
tm.flow(guidance_store, orchestrator, guidance)
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, proposals, protocol="https")
tm.flow(orchestrator, working, proposals)

tm.flow(working, renderer, source_docs, decisions)
tm.flow(renderer, working, release)
tm.flow(workbench, case_system, release, protocol="https", label="attach to case")
tm.flow(case_system, requester, release, protocol="smtp+starttls")
