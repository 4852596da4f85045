"""Conference visa letter agent: the first design, before any security review.

Registered attendees of our annual conference (held in Lisbon) who need a visa ask
for an invitation letter on a form on the conference website: their name as in the
passport, passport number, nationality, date of birth, travel dates, the embassy's
address and a scan of the passport photo page. An LLM agent, on a model hosted by
a vendor, checks the request against the registration platform (registered and
paid) and the submission system (an accepted paper, for authors), then fills the
letter template, archives the letter and e-mails it to the attendee. Requests that
look unusual (no payment, a name mismatch, extra travellers, dates far from the
conference) are escalated to the organisers, who decide them in a review console
and issue those letters themselves. Attendees sign in to the form with their
registration number and e-mail; organisers use the conference's Google Workspace.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Conference visa letter agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Checks registered attendees' details and issues visa invitation letters, "
        "escalating unusual requests to the organisers."
    ),
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Visa letter request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Passport name and number, nationality, date of birth, travel dates, "
    "embassy address, registration number and a free-text note.",
)
passport_scan = tg.Data(
    "Passport photo page scan",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
acknowledgement = tg.Data(
    "Request acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the request, the passport scan and tool results so far.",
)
llm_reply = tg.Data("Agent completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
registration_query = tg.Data(
    "Registration lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
registration = tg.Data(
    "Registration record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, affiliation, e-mail, ticket type and payment status.",
)
paper_query = tg.Data(
    "Accepted paper lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
paper = tg.Data(
    "Accepted paper record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Paper title, authors and presenting author.",
)
letter_fields = tg.Data(
    "Letter fields",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Attendee details and travel dates to fill into the template.",
)
letter = tg.Data(
    "Visa invitation letter",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="PDF on conference letterhead with the general chair's signature.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
template = tg.Data(
    "Letter template and chair signature",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The letterhead template and the scanned signature of the general chair.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
letter_email = tg.Data("Letter e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
escalation = tg.Data(
    "Escalated request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The request, the scan and the agent's reason for escalating.",
)
decision_log = tg.Data(
    "Request decision log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Each request, the tool results and whether a letter was issued.",
)
organiser_decision = tg.Data("Organiser decision", kind="records", sensitivity=tg.Sensitivity.PII)
tool_result = tg.Data("Letter tool result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can register for the conference, and anyone can fill in the form.
    attendee = tm.add(tg.Actor("Attendee", role="conference attendee"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the request and the passport scan and decides which tools to call.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A multimodal chat model behind the vendor's API.",
            controls={
                c.SupplierAssessment(note="EU data processing agreement, no training on our data")
            },
        )
    )

with tm.boundary("Registration platform vendor", trust=tg.Trust.PARTNER):
    # The SaaS where attendees register and pay; the system of record for attendance.
    reg_platform = tm.add(
        tg.ExternalService(
            "Registration platform",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Conference registration and ticketing SaaS, read through its API.",
        )
    )

with tm.boundary("Submission system", trust=tg.Trust.PARTNER):
    # Where papers are submitted and accepted; tells us who presents.
    submissions = tm.add(
        tg.ExternalService(
            "Paper submission system",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Hosted conference submission and review system.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Delivers letters and organiser mail to attendees.
    mail = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Conference cloud project", trust=tg.Trust.INTERNAL):
    # Where attendees ask for letters.
    form = tm.add(
        tg.Endpoint(
            "Visa letter request form",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="registration number and registered e-mail address"),
                c.InputValidation(note="field formats, dates and upload type and size"),
            },
        )
    )
    # Checks each request and issues or escalates it.
    agent = tm.add(
        tg.Agent(
            "Visa letter agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Issues standard letters on its own; escalates unusual requests.",
            controls={
                c.HumanInTheLoop(
                    approver="the conference organisers",
                    note="escalated requests only; standard letters are issued automatically",
                ),
                c.AuditLogging(),
            },
        )
    )
    # Looks up the attendee's registration and payment status.
    reg_tool = tm.add(tg.Tool("Registration lookup tool", capabilities={"read"}))
    # Looks up accepted papers and their authors.
    paper_tool = tm.add(tg.Tool("Accepted paper lookup tool", capabilities={"read"}))
    # Fills the template, signs with the chair's signature and archives the PDF.
    letter_tool = tm.add(tg.Tool("Letter generator tool", capabilities={"read", "write"}))
    # Sends the finished letter to the attendee.
    send_tool = tm.add(
        tg.Tool(
            "Letter e-mail tool",
            capabilities={"send-messages"},
            controls={
                c.PolicyEnforcement(
                    rules="sends only to the e-mail address on the registration record"
                )
            },
        )
    )
    # Hands unusual requests to the organisers.
    escalation_tool = tm.add(tg.Tool("Escalation handoff tool", capabilities={"write"}))
    # Requests, scans, escalations, issued letters, the template and the decision log.
    records = tm.add(
        tg.DataStore(
            "Visa request records",
            stores={
                request,
                passport_scan,
                escalation,
                letter,
                template,
                decision_log,
                organiser_decision,
            },
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.RetentionLimits(days=365),
            },
        )
    )
    # Where organisers work through escalated requests.
    review_console = tm.add(
        tg.Endpoint(
            "Organiser review console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Google Workspace SSO with 2SV"), c.RBAC()},
        )
    )

with tm.boundary("Organiser workspace", trust=tg.Trust.INTERNAL):
    # Volunteer organisers who decide escalated requests.
    organiser = tm.add(tg.Actor("Conference organiser", role="organising committee"))

# ---------------------------------------------------------------- flows
# the request
tm.flow(attendee, form, request, passport_scan, protocol="https")
tm.flow(form, attendee, acknowledgement, protocol="https")
tm.flow(form, records, request, passport_scan)
tm.flow(form, agent, request, passport_scan)

# the agent's reasoning
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_reply, protocol="https")

# checks
tm.flow(agent, reg_tool, registration_query)
tm.flow(reg_tool, reg_platform, registration_query, protocol="https")
tm.flow(reg_platform, reg_tool, registration, protocol="https")
tm.flow(reg_tool, agent, registration)
tm.flow(agent, paper_tool, paper_query)
tm.flow(paper_tool, submissions, paper_query, protocol="https")
tm.flow(submissions, paper_tool, paper, protocol="https")
tm.flow(paper_tool, agent, paper)

# issuing a standard letter
tm.flow(agent, letter_tool, letter_fields)
tm.flow(records, letter_tool, template)
tm.flow(letter_tool, records, letter)
tm.flow(letter_tool, agent, tool_result)
tm.flow(agent, send_tool, letter_fields)
tm.flow(records, send_tool, letter)
tm.flow(send_tool, mail, letter_email, protocol="https")
tm.flow(send_tool, agent, tool_result)
tm.flow(mail, attendee, letter_email, protocol="smtp")
tm.flow(agent, records, decision_log)

# escalating an unusual request
tm.flow(agent, escalation_tool, escalation)
tm.flow(escalation_tool, records, escalation)
tm.flow(escalation_tool, agent, tool_result)
tm.flow(records, review_console, escalation, decision_log)
tm.flow(review_console, organiser, escalation, protocol="https")
tm.flow(organiser, review_console, organiser_decision, protocol="https")
tm.flow(review_console, records, organiser_decision)
tm.flow(review_console, letter_tool, letter_fields, label="organiser-approved letter")
tm.flow(review_console, mail, letter_email, protocol="https", label="organiser sends the letter")
