"""Permit-to-work drafting assistant for a chemical plant: the first design.

Maintenance planners raise job requests in the site's permit web app. A drafting
service looks up the equipment's isolation points in the maintenance system
(CMMS), retrieves the relevant safe-work procedures from an index built from the
HSE document library, and asks an LLM to draft the permit: isolations, gas tests
and precautions. The LLM is a provider-hosted model deployed in the company's own
cloud tenancy. Drafts go into the permit register; the area authority reviews,
edits and signs each permit on a plant tablet, and no permit is issued unsigned.
Contractors' supervisors open the signed permit at the job from the internet
and accept it. Staff sign in through corporate SSO with MFA; contractor
supervisors have a username and password. Traffic is TLS; the permit register is
encrypted and audit-logged, and the provider's content filter sits in front of
the model.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Chemical plant permit-to-work LLM assistant",
    profile=tg.RiskProfile.HIGH,
    description="LLM drafts permits to work from CMMS isolation points and safe-work "
    "procedures; the area authority signs, contractors accept at the job.",
)

# ---------------------------------------------------------------- data assets
job_request = tg.Data(
    "Job request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Equipment tag, work scope, planned dates, contractor company.",
)
equipment_lookup = tg.Data("Equipment tag lookup", kind="records")
isolation_points = tg.Data(
    "Equipment isolation points",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Valves, blinds, breakers and vents to isolate, from the CMMS.",
)
procedures = tg.Data(
    "Safe-work procedures",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
procedure_chunks = tg.Data(
    "Procedure chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
procedure_query = tg.Data("Procedure search query", kind="prompt")
draft_prompt = tg.Data(
    "Permit drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System instructions, the job request, isolation points and procedures.",
)
completion = tg.Data(
    "Drafted permit text", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
draft_permit = tg.Data(
    "Draft permit",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Isolation list, gas tests, PPE and precautions awaiting sign-off.",
)
sign_off = tg.Data(
    "Area authority sign-off",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Edits, gas test results and the authority's signature.",
)
signed_permit = tg.Data(
    "Signed permit",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
acceptance = tg.Data(
    "Contractor permit acceptance",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The supervisor's name, crew list and acceptance of the permit.",
)
sso_token = tg.Data("SSO token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Contractor companies' supervisors: read the signed permit and accept it at the job.
    contractor = tm.add(tg.Actor("Contractor supervisor", role="contractor supervisor"))

with tm.boundary("Corporate identity", trust=tg.Trust.PARTNER):
    # Company SSO (a SaaS identity provider) for planners and area authorities.
    idp = tm.add(tg.ExternalService("Corporate SSO", provides="identity-provider"))

with tm.boundary("Company cloud tenancy", trust=tg.Trust.INTERNAL):
    # Provider-hosted LLM deployed in the company's own subscription.
    llm = tm.add(
        tg.LLM(
            "Permit drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Drafts permit text from the job, isolations and procedures.",
            controls={c.Guardrails(note="the cloud provider's content filter")},
        )
    )

with tm.boundary("Site IT network", trust=tg.Trust.INTERNAL):
    # Web app where planners raise jobs, authorities sign and contractors accept.
    permit_app = tm.add(
        tg.Endpoint(
            "Permit web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="corporate SSO with MFA for staff; username and password for contractor supervisors"
                ),
                c.RBAC(note="planner, area authority and contractor roles"),
            },
        )
    )
    # Orchestrates lookups and the LLM call; writes drafts, never issues permits.
    drafting = tm.add(
        tg.Service(
            "Permit drafting service",
            description="Builds the prompt from CMMS and procedure lookups and calls the LLM.",
            controls={c.HumanInTheLoop(approver="the area authority signs every permit")},
        )
    )
    # System of record for drafts, signed permits and acceptances.
    register = tm.add(
        tg.DataStore(
            "Permit register",
            stores={draft_permit, signed_permit, acceptance},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.AuditLogging(retention_days=2555),
            },
        )
    )
    # Vector index of the safe-work procedures, for retrieval into prompts.
    procedure_index = tm.add(tg.VectorStore("Procedure index", stores={procedure_chunks}))
    # Nightly job that chunks and embeds procedures from the document library.
    indexer = tm.add(tg.Pipeline("Procedure indexing job", stage=tg.Stage.INGESTION))

with tm.boundary("Corporate business network", trust=tg.Trust.INTERNAL):
    # Plans jobs and raises the request that starts each permit.
    planner = tm.add(tg.Actor("Maintenance planner", role="maintenance planner"))
    # CMMS: equipment register with each item's isolation points.
    cmms = tm.add(tg.DataStore("Maintenance system (CMMS)", stores={isolation_points}))
    # HSE-controlled library of the plant's safe-work procedures.
    library = tm.add(tg.DataStore("Safe-work document library", stores={procedures}))

with tm.boundary("Plant site Wi-Fi", trust=tg.Trust.INTERNAL):
    # Operations person responsible for the area; reviews and signs permits.
    authority = tm.add(tg.Actor("Area authority", role="area authority", privileged=True))
    # Managed tablets the area authorities carry in the plant.
    tablet = tm.add(tg.Device("Area authority tablet", fleet=True))

# ---------------------------------------------------------------- flows
tm.flow(planner, permit_app, job_request, protocol="https")
tm.flow(permit_app, planner, draft_permit, protocol="https", label="draft status")
tm.flow(permit_app, idp, sso_token, protocol="https", label="sign-in redirect")
tm.flow(idp, permit_app, sso_token, protocol="https")

tm.flow(permit_app, drafting, job_request)
tm.flow(drafting, cmms, equipment_lookup, protocol="https")
tm.flow(cmms, drafting, isolation_points, protocol="https")
tm.flow(drafting, procedure_index, procedure_query, label="similarity search")
tm.flow(procedure_index, drafting, procedure_chunks)
tm.flow(drafting, llm, draft_prompt, protocol="https")
tm.flow(llm, drafting, completion, protocol="https")
tm.flow(drafting, register, draft_permit)

tm.flow(library, indexer, procedures, protocol="https", label="nightly sync")
tm.flow(indexer, procedure_index, procedure_chunks)

tm.flow(register, permit_app, draft_permit, signed_permit)
tm.flow(permit_app, register, sign_off, signed_permit, acceptance)
tm.flow(permit_app, tablet, draft_permit, protocol="https")
tm.flow(tablet, authority, draft_permit, label="reviewed on the touchscreen")
tm.flow(authority, tablet, sign_off, label="signed on the touchscreen")
tm.flow(tablet, permit_app, sign_off, protocol="https")

tm.flow(permit_app, contractor, signed_permit, protocol="https")
tm.flow(contractor, permit_app, acceptance, protocol="https")
