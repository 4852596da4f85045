"""Diocesan safeguarding concern intake with LLM triage and case summaries: first design.

Parishioners, clergy, parish safeguarding officers and members of the public report a
safeguarding concern about a child or an adult at risk through a web form on the
diocese's website; they may attach letters, screenshots or other files. The form runs
in the diocese's cloud tenancy and files each report as a case with its attachments.
A triage service sends the report and the case file to a hosted LLM, which rates the
urgency and writes a case summary; urgent cases trigger an e-mail alert to the
Diocesan Safeguarding Officer (DSO) through the diocese's Microsoft 365. The DSO works
the cases in a case portal, signing in with Microsoft 365 and MFA, and records notes
and decisions there; the portal writes an access log. Traffic is over TLS, the case
and attachment stores are encrypted with platform-managed keys, and the form checks
file types and sizes. Referrals to the police or the local authority stay with the
DSO and are made outside this system.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Diocese safeguarding concern intake and case summary LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Public web form for safeguarding concerns; an LLM triages urgency and "
        "summarises case files for the Diocesan Safeguarding Officer."
    ),
)

# ---------------------------------------------------------------- data assets
concern = tg.Data(
    "Safeguarding concern report",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Free-text account of the concern, names of the people involved, "
    "the reporter's contact details; may describe abuse, health and offences.",
)
attachments = tg.Data(
    "Concern attachments",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Letters, screenshots of messages and other files a reporter uploads.",
)
acknowledgement = tg.Data(
    "Submission acknowledgement",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Case reference and what happens next, shown to the reporter.",
)
case_file = tg.Data(
    "Safeguarding case file",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The concern, earlier reports about the same people and the case history.",
)
triage_prompt = tg.Data(
    "Triage and summary prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the concern, the case file and the text of the attachments.",
)
triage_output = tg.Data(
    "Urgency triage and case summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
urgent_alert = tg.Data(
    "Urgent concern alert e-mail",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Case reference, urgency and a one-line summary.",
)
case_notes = tg.Data(
    "DSO case notes and decisions",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
)
sign_in = tg.Data("DSO sign-in token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
access_log = tg.Data("Case access log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can report a concern, anonymously or not: parishioners, clergy, the public.
    reporter = tm.add(tg.Actor("Concern reporter", role="parishioner, clergy or public"))

with tm.boundary("Diocese cloud tenancy", trust=tg.Trust.INTERNAL):
    # The public form on the diocese website where concerns are submitted.
    form = tm.add(
        tg.Endpoint(
            "Safeguarding concern web form",
            purpose=tg.EndpointPurpose.API,
            controls={c.InputValidation(note="file type allowlist and 20 MB size limit")},
        )
    )
    # Turns a submission into a case, stores it and its attachments.
    intake = tm.add(
        tg.Service("Concern intake service", description="Creates or links a case per report.")
    )
    # Calls the LLM for urgency and a summary, and raises the urgent alert.
    triage = tm.add(
        tg.Service(
            "Triage and summary service",
            description="Builds the prompt from the case, stores the LLM's triage, "
            "e-mails the DSO when the urgency is high.",
            controls={c.SecretsManagement(note="LLM API key in the cloud key vault")},
        )
    )
    # Where the DSO reads cases, summaries and records decisions.
    portal = tm.add(
        tg.Endpoint(
            "Safeguarding case portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Microsoft 365 sign-in with MFA"),
                c.RBAC(note="safeguarding team role only"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Access log the portal writes.
    audit_store = tm.add(tg.DataStore("Case access log store", stores={access_log}))

    with tm.boundary("Safeguarding data", trust=tg.Trust.RESTRICTED):
        # The case files, triage results and the DSO's notes.
        case_store = tm.add(
            tg.DataStore(
                "Safeguarding case store",
                stores={case_file, concern, triage_output, case_notes},
                controls={c.EncryptionAtRest(key_management="platform-managed keys")},
            )
        )
        # Blob storage for the files reporters upload.
        attachment_store = tm.add(
            tg.DataStore(
                "Attachment store",
                stores={attachments},
                controls={c.EncryptionAtRest(key_management="platform-managed keys")},
            )
        )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that rates urgency and writes the summary; its rating orders the DSO's queue.
    llm = tm.add(
        tg.LLM(
            "Triage and summary LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("Microsoft 365", trust=tg.Trust.PARTNER):
    # The diocese's staff identity provider, used for the portal sign-in.
    idp = tm.add(tg.ExternalService("Microsoft Entra ID", provides="identity-provider"))
    # Sends the urgent alert to the DSO's mailbox.
    mail = tm.add(tg.ExternalService("Exchange Online mail", provides="generic"))

with tm.boundary("Diocesan office", trust=tg.Trust.INTERNAL):
    # The Diocesan Safeguarding Officer, who owns every case.
    dso = tm.add(
        tg.Actor("Diocesan Safeguarding Officer", role="safeguarding officer", privileged=True)
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")
tm.flow(reporter, form, concern, attachments, protocol="https", controls={tls})
tm.flow(form, reporter, acknowledgement, protocol="https", controls={tls})
tm.flow(form, intake, concern, attachments)
tm.flow(intake, case_store, concern, case_file)
tm.flow(intake, attachment_store, attachments)

tm.flow(case_store, triage, concern, case_file)
tm.flow(attachment_store, triage, attachments)
tm.flow(triage, llm, triage_prompt, protocol="https")
tm.flow(llm, triage, triage_output, protocol="https")
tm.flow(triage, case_store, triage_output)
tm.flow(triage, mail, urgent_alert, protocol="https", label="Graph API send")
tm.flow(mail, dso, urgent_alert, protocol="https")

tm.flow(dso, idp, sign_in, protocol="https", label="sign-in with MFA")
tm.flow(idp, portal, sign_in, protocol="https", label="OIDC token")
tm.flow(dso, portal, case_notes, protocol="https", controls={tls})
tm.flow(portal, dso, case_file, triage_output, attachments, protocol="https", controls={tls})
tm.flow(case_store, portal, case_file, triage_output, case_notes)
tm.flow(attachment_store, portal, attachments)
tm.flow(portal, case_store, case_notes)
tm.flow(portal, audit_store, access_log)
