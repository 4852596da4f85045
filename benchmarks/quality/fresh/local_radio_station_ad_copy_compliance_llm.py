"""Ad copy compliance checker for a local radio group: the first design.

The group runs five local commercial stations in England. Advertisers and their
agencies upload radio scripts through a web portal; a checking service looks up
the relevant BCAP Code clauses, Radiocentre guidance notes and the group's house
rules in a small vector index, and asks a hosted LLM to flag likely breaches and
suggest rewrites. Traffic staff read the LLM's assessment in a staff console,
clear, amend or reject each script, and only cleared scripts are sent to the
on-premises traffic system for scheduling. A compliance editor curates the house
rules and the checking instructions; a nightly import refreshes code text from
the regulators' public sites. Everything except the traffic system runs in the
group's cloud tenancy. Advertisers sign in with e-mail and password; staff sign
in with Microsoft 365 single sign-on. Scripts and assessments are kept for the
clearance record, encrypted at rest with the cloud provider's keys.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Radio ad copy compliance checker",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM pre-check of advertisers' radio scripts against broadcast advertising codes.",
)

# ---------------------------------------------------------------- data assets
script = tg.Data(
    "Advertising script",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Unreleased campaign copy: offers, prices, claims, sometimes a named testimonial.",
)
advertiser_contact = tg.Data(
    "Advertiser contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail and phone of the person submitting for the advertiser or agency.",
)
code_text = tg.Data(
    "Advertising code text",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="BCAP Code sections and Radiocentre guidance notes as published.",
)
house_rules = tg.Data(
    "House rules and checking instructions",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The group's own restrictions and the system prompt for the checker.",
)
code_clauses = tg.Data(
    "Retrieved code clauses",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PUBLIC,
)
check_prompt = tg.Data(
    "Compliance check prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Checking instructions, the script and the retrieved clauses.",
)
assessment = tg.Data(
    "Compliance assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Flagged lines, the clauses they may breach and suggested rewrites.",
)
clearance = tg.Data(
    "Clearance decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Cleared, amend or rejected, with the staff member's notes.",
)
spot_order = tg.Data(
    "Cleared spot order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Script reference, cleared copy and campaign dates for scheduling.",
)
bookings = tg.Data(
    "Pending campaign bookings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Booked campaigns and first air dates still waiting for cleared copy.",
)
staff_sign_in = tg.Data(
    "Staff sign-in token", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Local businesses and media agencies; anyone can register for a portal account.
    advertiser = tm.add(tg.Actor("Advertiser or agency", role="advertiser"))
    # CAP/BCAP and Radiocentre websites, the source of the code text.
    regulator_sites = tm.add(
        tg.DataSource(
            "Regulator guidance sites",
            origin=tg.Origin.PUBLIC_WEB,
            provides={code_text},
            description="Public pages of the BCAP Code and Radiocentre clearance guidance.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that reads the script against the clauses.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor chat-completion API, called with the group's API key.",
        )
    )

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # Staff accounts already live here; the console relies on it for sign-in.
    idp = tm.add(tg.ExternalService("Microsoft Entra ID", provides="identity-provider"))

with tm.boundary("Group cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where advertisers upload scripts and later see the outcome.
    portal = tm.add(
        tg.Endpoint(
            "Script submission portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="only .docx, .pdf or .txt up to 5 MB"),
            },
        )
    )
    # Orchestrates retrieval and the LLM call; its output is advice to staff only.
    checker = tm.add(
        tg.Service(
            "Compliance check service",
            description="Retrieves relevant clauses, builds the prompt, stores the assessment.",
            controls={
                c.HumanInTheLoop(
                    approver="traffic staff",
                    note="every script is cleared, amended or rejected by a person in the staff console",
                )
            },
        )
    )
    # Embedded code clauses and house rules the checker retrieves from.
    code_index = tm.add(
        tg.VectorStore("Advertising code index", stores={code_clauses, house_rules})
    )
    # Nightly refresh of code text plus the editor's house rules into the index.
    code_import = tm.add(
        tg.Pipeline(
            "Nightly code import",
            stage=tg.Stage.INGESTION,
            description="Fetches the code pages, chunks and embeds them with the house rules.",
        )
    )
    # Clearance record: scripts, assessments and decisions, kept for the regulator.
    script_store = tm.add(
        tg.DataStore(
            "Script and clearance store",
            stores={script, advertiser_contact, assessment, clearance},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Where traffic staff review assessments and clear scripts.
    console = tm.add(
        tg.Endpoint(
            "Staff review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Microsoft 365 SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(note="who cleared which script and when"),
            },
        )
    )

with tm.boundary("Station network", trust=tg.Trust.INTERNAL):
    # Existing on-premises traffic and scheduling system at the hub station.
    traffic_system = tm.add(
        tg.Service("Traffic and scheduling system", description="Schedules spots into the log.")
    )
    # Traffic staff take the clearance decision and schedule the spots.
    traffic_staff = tm.add(tg.Actor("Traffic staff", role="traffic"))
    # Maintains house rules and the checker's instructions.
    editor = tm.add(tg.Actor("Compliance editor", role="compliance", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(advertiser, portal, script, advertiser_contact, protocol="https")
tm.flow(portal, advertiser, clearance, protocol="https", label="outcome and amend notes")
tm.flow(portal, checker, script)
tm.flow(portal, script_store, script, advertiser_contact)
tm.flow(script_store, portal, clearance, label="status for the advertiser")

tm.flow(checker, code_index, script, label="similarity query")
tm.flow(code_index, checker, code_clauses, house_rules)
tm.flow(checker, llm, check_prompt, protocol="https")
tm.flow(llm, checker, assessment, protocol="https")
tm.flow(checker, script_store, assessment)

tm.flow(regulator_sites, code_import, code_text, protocol="https", label="nightly fetch")
tm.flow(editor, code_import, house_rules, protocol="https")
tm.flow(code_import, code_index, code_clauses, house_rules)

tm.flow(idp, console, staff_sign_in, protocol="oidc")
tm.flow(script_store, console, script, advertiser_contact, assessment)
tm.flow(console, script_store, clearance)
tm.flow(console, traffic_staff, script, assessment, protocol="https")
tm.flow(traffic_staff, console, clearance, protocol="https")
tm.flow(console, traffic_system, spot_order, protocol="https", label="cleared copy")
tm.flow(traffic_system, console, bookings, protocol="https", label="copy still due")
