"""Fertility clinic donor programme assistant: the first design, before any security review.

The clinic runs an egg and sperm donor programme. Donor coordinators use a web
workbench on the clinic network to find donors for recipients: the donor programme
service pulls candidate donors (physical traits, screening results) from the donor
register and the recipient's clinical details from the clinic EMR, and asks a hosted
LLM for a ranked shortlist with reasons. The same service has the LLM draft plain-
language summaries of consent forms for donors; a coordinator confirms every match
and approves each summary before it is e-mailed. Donors' questions sent to the
programme mailbox (Microsoft 365) are answered by an LLM e-mail assistant that looks
up the sender's donor record and sends its reply straight back. A quarterly job
reports treatments and donor use to the national fertility regulator's portal.
Coordinators sign in through clinic SSO with MFA, the donor register is encrypted
and access-logged, and the LLM vendor was assessed under a no-retention contract.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Fertility clinic donor matching and consent assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-assisted donor matching, consent summaries and donor e-mail answers.",
)

# ---------------------------------------------------------------- data assets
donor_profiles = tg.Data(
    "Donor profiles",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Identity, physical traits, ethnicity, education and personal statement.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
screening = tg.Data(
    "Donor screening results",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Infectious disease, karyotype and genetic carrier screening.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
recipient_details = tg.Data(
    "Recipient clinical details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Blood group, CMV status, carrier status and the recipient's trait preferences.",
)
match_request = tg.Data("Match request", kind="records", sensitivity=tg.Sensitivity.REGULATED)
match_prompt = tg.Data(
    "Matching prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Recipient details and candidate donor profiles with screening results.",
)
shortlist = tg.Data(
    "Suggested donor shortlist", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
confirmed_match = tg.Data(
    "Confirmed donor match", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
consent_forms = tg.Data("Consent form texts", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
consent_prompt = tg.Data("Consent summary prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
consent_summary = tg.Data("Consent summary", kind="model-output", sensitivity=tg.Sensitivity.PII)
approved_summary = tg.Data(
    "Approved consent summary e-mail", kind="documents", sensitivity=tg.Sensitivity.PII
)
donor_question = tg.Data("Donor e-mail question", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply_prompt = tg.Data("E-mail reply prompt", kind="prompt", sensitivity=tg.Sensitivity.REGULATED)
reply_draft = tg.Data("Drafted e-mail reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
donor_lookup = tg.Data("Donor record lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
donor_status = tg.Data(
    "Donor status and appointments",
    kind="tool-result",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Screening progress, next appointments and compensation status of the donor.",
)
reply_email = tg.Data("Donor e-mail reply", kind="documents", sensitivity=tg.Sensitivity.PII)
treatments = tg.Data(
    "Treatment records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
regulator_return = tg.Data(
    "Regulator treatment and donor return",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Quarterly treatment cycles with the donor used, as the regulator requires.",
)
receipt = tg.Data("Submission receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Donors (and anyone else) write to the programme mailbox from their own e-mail.
    donor = tm.add(tg.Actor("Donor", role="egg or sperm donor"))

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # The clinic's hosted mailbox that donors write to and replies go out from.
    mailbox = tm.add(
        tg.ExternalService(
            "Donor programme mailbox",
            description="Microsoft 365 shared mailbox, read and sent from via the Graph API.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model behind the vendor's API, used for matching, consent and replies.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Ranks donors for recipients, drafts consent summaries and donor replies.",
            controls={
                c.SupplierAssessment(note="DPA with zero data retention and no training on inputs")
            },
        )
    )

with tm.boundary("National regulator", trust=tg.Trust.PARTNER):
    # Where the clinic must report every treatment cycle and the donor used.
    regulator = tm.add(tg.ExternalService("Regulator submission portal"))

with tm.boundary("Clinic network", trust=tg.Trust.INTERNAL):
    # Programme staff who match donors to recipients and look after donors.
    coordinator = tm.add(tg.Actor("Donor coordinator", role="donor coordinator"))

    # Web app the coordinators work in: searches, shortlists, approvals.
    workbench = tm.add(
        tg.Endpoint(
            "Coordinator workbench",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="clinic SSO with MFA"), c.RBAC()},
        )
    )

    # Builds the matching and consent prompts and keeps the coordinator in the loop.
    programme = tm.add(
        tg.Service(
            "Donor programme service",
            description="Gathers candidates and recipient details, calls the LLM, records matches.",
            controls={
                c.HumanInTheLoop(
                    approver="a donor coordinator",
                    note="every match is confirmed and every consent summary approved before use",
                )
            },
        )
    )

    # Answers donors' questions from the mailbox and sends the reply itself.
    email_assistant = tm.add(
        tg.Agent(
            "Donor e-mail assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Reads new mails, looks up the donor, drafts with the LLM and sends the answer.",
            controls={c.AuditLogging()},
        )
    )

    # Read-only lookup of the sender's donor record for the e-mail assistant.
    lookup_tool = tm.add(
        tg.Tool(
            "Donor record lookup tool",
            capabilities={"read"},
            controls={c.Authentication(method="sender e-mail address matched to the donor record")},
        )
    )

    # Sends the assistant's reply through the programme mailbox.
    send_tool = tm.add(tg.Tool("Reply sending tool", capabilities={"send-messages"}))

    # Quarterly export of treatments and donor use to the regulator.
    reporting_job = tm.add(tg.Service("Quarterly regulator reporting job"))

    with tm.boundary("Clinical data zone", trust=tg.Trust.RESTRICTED):
        # System of record for donors: profiles, screening, matches and donor use.
        register = tm.add(
            tg.DataStore(
                "Donor register",
                stores={donor_profiles, screening, confirmed_match},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )

        # Clinic EMR holding the recipients' records and treatment cycles.
        emr = tm.add(
            tg.DataStore(
                "Clinic EMR",
                stores={recipient_details, treatments},
                controls={c.EncryptionAtRest(), c.RBAC()},
            )
        )

        # Current approved consent form texts the summaries are drafted from.
        consent_library = tm.add(tg.DataStore("Consent form library", stores={consent_forms}))

# ---------------------------------------------------------------- flows
# matching
tm.flow(coordinator, workbench, match_request, protocol="https")
tm.flow(workbench, programme, match_request, protocol="https")
tm.flow(emr, programme, recipient_details)
tm.flow(programme, register, match_request, label="candidate donor search")
tm.flow(register, programme, donor_profiles, screening)
tm.flow(programme, llm, match_prompt, protocol="https")
tm.flow(llm, programme, shortlist, protocol="https")
tm.flow(programme, workbench, shortlist, consent_summary, protocol="https")
tm.flow(workbench, coordinator, shortlist, consent_summary, protocol="https")
tm.flow(
    coordinator,
    workbench,
    confirmed_match,
    approved_summary,
    protocol="https",
    label="confirms and approves",
)
tm.flow(workbench, programme, confirmed_match, approved_summary, protocol="https")
tm.flow(programme, register, confirmed_match)

# consent summaries
tm.flow(consent_library, programme, consent_forms)
tm.flow(programme, llm, consent_prompt, protocol="https", id="programme->llm:consent")
tm.flow(llm, programme, consent_summary, protocol="https", id="llm->programme:consent")
tm.flow(programme, mailbox, approved_summary, protocol="https")
tm.flow(mailbox, donor, approved_summary, reply_email, protocol="smtp")

# donor questions by e-mail
tm.flow(donor, mailbox, donor_question, protocol="smtp")
tm.flow(mailbox, email_assistant, donor_question, protocol="https")
tm.flow(email_assistant, lookup_tool, donor_lookup)
tm.flow(lookup_tool, register, donor_lookup)
tm.flow(register, lookup_tool, donor_status)
tm.flow(lookup_tool, email_assistant, donor_status)
tm.flow(email_assistant, llm, reply_prompt, protocol="https")
tm.flow(llm, email_assistant, reply_draft, protocol="https")
tm.flow(email_assistant, send_tool, reply_email)
tm.flow(send_tool, mailbox, reply_email, protocol="https")

# regulator reporting
tm.flow(emr, reporting_job, treatments, label="quarterly export")
tm.flow(register, reporting_job, donor_profiles, label="quarterly export")
tm.flow(reporting_job, regulator, regulator_return, protocol="https")
tm.flow(regulator, reporting_job, receipt, protocol="https")
