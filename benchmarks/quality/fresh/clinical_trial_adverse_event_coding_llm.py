"""Clinical trial adverse event coding with an LLM: the first design at a CRO.

Site coordinators at investigator hospitals enter adverse events (verbatim term,
onset, outcome, narrative) against pseudonymised subject numbers in the trial's
EDC system, a SaaS product the CRO licenses. Every hour an AE coding service
pulls new uncoded events through the EDC API, looks up candidate MedDRA terms in
an index built from the licensed MedDRA release, and asks a hosted LLM to suggest
the lowest level term, preferred term and a seriousness assessment. A safety
physician confirms or changes each suggestion in a coding workbench; confirmed
codes are written back to the EDC, and events confirmed serious become cases in
the safety database, where the pharmacovigilance team completes them and sends
ICSRs to the sponsor and to regulators. Staff sign in through the CRO's SSO with
MFA; EDC accounts are individual with passwords; the LLM vendor passed a supplier
review with zero data retention. EU subjects' health data falls under GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Clinical trial adverse event coding",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-suggested MedDRA coding and seriousness for trial adverse events, "
    "confirmed by a safety physician and reported through the safety database.",
)

# ---------------------------------------------------------------- data assets
ae_form = tg.Data(
    "Adverse event report",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Subject number, verbatim term, onset, severity, outcome and narrative.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
uncoded = tg.Data("Uncoded adverse events", kind="records", sensitivity=tg.Sensitivity.REGULATED)
term_query = tg.Data("Verbatim term lookup", kind="prompt", sensitivity=tg.Sensitivity.REGULATED)
meddra = tg.Data(
    "MedDRA dictionary",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed MSSO release, updated each March and September.",
)
meddra_embeddings = tg.Data(
    "MedDRA term embeddings", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
candidates = tg.Data(
    "Candidate MedDRA terms", kind="retrieved-context", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
coding_prompt = tg.Data(
    "Coding prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the event's verbatim term and narrative, and the candidate terms.",
)
suggestion = tg.Data(
    "Suggested MedDRA codes and seriousness",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
)
confirmed = tg.Data(
    "Confirmed MedDRA codes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
sae_case = tg.Data(
    "Serious adverse event case",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
icsr = tg.Data(
    "ICSR (E2B R3)",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Individual case safety report for expedited reporting.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
icsr_ack = tg.Data("ICSR acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Investigator sites", trust=tg.Trust.PARTNER):
    # Research nurses and coordinators at each hospital entering trial data.
    site_staff = tm.add(tg.Actor("Site coordinator", role="investigator site staff"))

with tm.boundary("EDC vendor", trust=tg.Trust.PARTNER):
    # The trial's eCRF screens, hosted by the EDC vendor.
    edc_app = tm.add(
        tg.Endpoint(
            "EDC web application",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="individual user accounts with password"),
                c.RBAC(note="site users see only their site's subjects"),
                c.AuditLogging(note="21 CFR Part 11 audit trail"),
            },
        )
    )
    # The trial's clinical database behind the EDC.
    edc_db = tm.add(
        tg.DataStore(
            "EDC clinical database",
            stores={ae_form, confirmed},
            controls={c.EncryptionAtRest(key_management="vendor managed"), c.AuditLogging()},
        )
    )

with tm.boundary("MedDRA MSSO", trust=tg.Trust.PARTNER):
    # Source of the licensed dictionary releases.
    msso = tm.add(
        tg.DataSource("MedDRA release download", origin=tg.Origin.VENDOR, provides={meddra})
    )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model used for the suggestions.
    llm = tm.add(
        tg.LLM(
            "Coding LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Suggests LLT/PT codes and whether the event meets seriousness criteria.",
            controls={c.SupplierAssessment(note="zero data retention, EU region")},
        )
    )

with tm.boundary("CRO safety platform", trust=tg.Trust.INTERNAL):
    # Pulls uncoded events, retrieves candidates, calls the LLM, writes codes back.
    coder = tm.add(
        tg.Service(
            "AE coding service",
            description="Hourly sync with the EDC API; one LLM call per uncoded event.",
            controls={c.SecretsManagement(note="EDC service account and LLM API key in vault")},
        )
    )
    # Vector index over MedDRA lowest level terms to ground the suggestions.
    term_index = tm.add(tg.VectorStore("MedDRA term index", stores={meddra_embeddings, meddra}))
    # Rebuilds the index when a new MedDRA version is released.
    indexer = tm.add(tg.Pipeline("Dictionary indexing job", stage=tg.Stage.INGESTION))
    # Suggestions, physician decisions and who confirmed what.
    decisions = tm.add(
        tg.DataStore(
            "Coding decision store",
            stores={suggestion, confirmed},
            controls={c.AuditLogging(), c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where the safety physician reviews and confirms each suggestion.
    workbench = tm.add(
        tg.Endpoint(
            "Coding workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="CRO SSO (OIDC) with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="safety physician"),
            },
        )
    )

    with tm.boundary("Pharmacovigilance zone", trust=tg.Trust.RESTRICTED):
        # The validated safety database (case processing and expedited reporting).
        safety_db = tm.add(
            tg.DataStore(
                "Safety database",
                stores={sae_case, icsr, icsr_ack},
                controls={
                    c.RBAC(),
                    c.AuditLogging(),
                    c.EncryptionAtRest(key_management="cloud KMS"),
                },
            )
        )

with tm.boundary("CRO corporate network", trust=tg.Trust.INTERNAL):
    # Physician who owns coding and seriousness decisions.
    physician = tm.add(tg.Actor("Safety physician", role="medical safety reviewer"))
    # Processes serious cases and submits reports.
    pv = tm.add(tg.Actor("Pharmacovigilance specialist", role="pharmacovigilance case processor"))

with tm.boundary("Sponsor", trust=tg.Trust.PARTNER):
    # The pharma company running the trial receives every serious case.
    sponsor = tm.add(tg.ExternalService("Sponsor safety system"))

with tm.boundary("Regulators", trust=tg.Trust.PARTNER):
    # EudraVigilance / FDA electronic submissions gateway.
    regulator = tm.add(tg.ExternalService("Regulatory submission gateway"))

# ---------------------------------------------------------------- flows
# Data entry at the sites
tm.flow(site_staff, edc_app, ae_form, protocol="https")
tm.flow(edc_app, site_staff, ae_form, protocol="https")
tm.flow(edc_app, edc_db, ae_form)
tm.flow(edc_db, edc_app, ae_form, confirmed)

# Dictionary
tm.flow(msso, indexer, meddra, protocol="https", label="twice-yearly release")
tm.flow(indexer, term_index, meddra_embeddings, meddra)

# Suggestion
tm.flow(edc_db, coder, uncoded, protocol="https", label="hourly sync via EDC API")
tm.flow(coder, term_index, term_query, label="similarity query")
tm.flow(term_index, coder, candidates)
tm.flow(coder, llm, coding_prompt, protocol="https")
tm.flow(llm, coder, suggestion, protocol="https")
tm.flow(coder, decisions, suggestion)

# Physician review
tm.flow(decisions, workbench, suggestion)
tm.flow(workbench, physician, suggestion, ae_form, protocol="https")
tm.flow(physician, workbench, confirmed, protocol="https")
tm.flow(workbench, decisions, confirmed)
tm.flow(decisions, coder, confirmed, label="write-back queue")
tm.flow(coder, edc_db, confirmed, protocol="https", label="write-back via EDC API")

# Serious events and expedited reporting
tm.flow(workbench, safety_db, sae_case, label="confirmed serious events")
tm.flow(safety_db, pv, sae_case, icsr, protocol="https")
tm.flow(pv, safety_db, sae_case, icsr, protocol="https")
tm.flow(safety_db, sponsor, icsr, protocol="sftp")
tm.flow(
    safety_db,
    regulator,
    icsr,
    protocol="https",
    label="E2B(R3) over AS2",
    controls={c.MessageIntegrity(note="AS2 signed and encrypted messages")},
)
tm.flow(regulator, safety_db, icsr_ack, protocol="https", label="AS2 acknowledgement")
