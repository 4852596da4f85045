"""Foster care placement matching support: the first design, before any security review.

When a child in the local authority's care needs a foster placement, the child's
social worker opens the matching web app and asks for a shortlist. A matching
service reads the child's record from the children's social care case management
system and the approved carers from the fostering register, applies the hard rules
(approval range, sibling groups, vacancies) and asks an in-house ranking model to
order the remaining carers. Social workers review the ranked shortlist and record
their choice; the placements team manager signs off every placement before it goes
back to the case record. Foster carers keep their vacancies up to date through a
carer portal on the internet. The model is retrained quarterly in the council's
analytics environment from historic placements and their stability outcomes.
Everything runs in the council's cloud tenancy; staff sign in with council SSO, the
case and carer data are encrypted at rest, and match requests are audit logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Foster care placement matching support",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Ranks approved foster carers for a child needing a placement; "
    "social workers review the shortlist and a manager approves the placement.",
)

# ---------------------------------------------------------------- data assets
child_record = tg.Data(
    "Child case record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Needs, health, ethnicity, religion, siblings, school, contact "
    "arrangements and placement history of a looked-after child.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
carer_profile = tg.Data(
    "Foster carer profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Household members, approval range, skills, location and vacancies.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
vacancy_update = tg.Data("Carer vacancy update", kind="records", sensitivity=tg.Sensitivity.PII)
carer_sign_in = tg.Data(
    "Carer sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
match_request = tg.Data(
    "Match request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Child reference, placement type, start date and must-have requirements.",
)
match_features = tg.Data(
    "Child and carer match features", kind="features", sensitivity=tg.Sensitivity.REGULATED
)
match_scores = tg.Data(
    "Carer match scores", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
shortlist = tg.Data(
    "Ranked carer shortlist",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Top carers with their scores and the main factors behind each rank.",
)
placement_decision = tg.Data(
    "Placement decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The carer chosen, the social worker's reasons and the manager's sign-off.",
)
placement_history = tg.Data(
    "Historic placements and outcomes",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Past matches with child and carer attributes, and whether each "
    "placement lasted or broke down.",
)
model_file = tg.Data(
    "Ranking model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
audit_entries = tg.Data("Matching audit trail", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Approved foster carers, signing in from home to say when they have room.
    carer = tm.add(tg.Actor("Foster carer", role="approved foster carer"))

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # The child's allocated social worker asks for and reviews the shortlist.
    social_worker = tm.add(tg.Actor("Child's social worker", role="social worker"))
    # Signs off every placement before it is recorded.
    manager = tm.add(tg.Actor("Placements team manager", role="placements manager"))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where carers update their vacancies; the only public-facing piece.
    portal = tm.add(
        tg.Endpoint(
            "Foster carer portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Staff-facing app where shortlists are requested, reviewed and decided.
    matching_app = tm.add(
        tg.Endpoint(
            "Placement matching web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="council SSO (Entra ID OIDC) with MFA"),
                c.RBAC(note="children's services social work and placements roles only"),
            },
        )
    )
    # Gathers the child's and carers' data, applies hard rules, calls the ranker.
    matching_service = tm.add(
        tg.Service(
            "Matching service",
            description="Filters carers by approval range, vacancy and sibling-group "
            "rules, then orders the rest by the ranking model's score.",
            controls={
                c.HumanInTheLoop(
                    approver="the placements team manager signs off every placement",
                ),
            },
        )
    )
    # The in-house model that orders eligible carers for a given child.
    ranker = tm.add(
        tg.Model(
            "Carer match ranking model",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted ranker predicting placement stability.",
        )
    )
    # Record of who asked for which child's shortlist and what was decided.
    audit_log = tm.add(
        tg.DataStore(
            "Matching audit log",
            stores={audit_entries},
            controls={c.AuditLogging(retention_days=2190)},
        )
    )

    with tm.boundary("Children's services data zone", trust=tg.Trust.RESTRICTED):
        # Existing system of record for looked-after children.
        case_system = tm.add(
            tg.DataStore(
                "Children's social care case management system",
                stores={child_record, placement_decision},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # Fostering service's register of approved carers and their vacancies.
        carer_register = tm.add(
            tg.DataStore(
                "Foster carer register",
                stores={carer_profile, carer_sign_in},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

    with tm.boundary("Analytics environment", trust=tg.Trust.INTERNAL):
        # Quarterly extract of past placements joined to carer data.
        extract = tm.add(tg.Pipeline("Quarterly placement extract", stage=tg.Stage.PREPROCESSING))
        # Training table of historic matches and outcomes.
        history_set = tm.add(tg.Dataset("Placement outcomes dataset", stores={placement_history}))
        # Retrains the ranker; run by the council's data science team.
        training = tm.add(
            tg.Pipeline("Ranker training job", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Holds trained ranker versions for deployment.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_file},
                controls={c.ModelVersioning()},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(carer, portal, carer_sign_in, vacancy_update, protocol="https")
tm.flow(
    portal, carer_register, carer_sign_in, vacancy_update, label="sign-in check and vacancy update"
)
tm.flow(carer_register, portal, carer_profile, label="carer's own profile")
tm.flow(portal, carer, carer_profile, protocol="https")

tm.flow(social_worker, matching_app, match_request, protocol="https")
tm.flow(matching_app, matching_service, match_request, protocol="https")
tm.flow(case_system, matching_service, child_record, protocol="https", label="child's record")
tm.flow(carer_register, matching_service, carer_profile, protocol="https", label="approved carers")
tm.flow(matching_service, ranker, match_features)
tm.flow(ranker, matching_service, match_scores)
tm.flow(matching_service, matching_app, shortlist, protocol="https")
tm.flow(matching_app, social_worker, shortlist, protocol="https")
tm.flow(
    social_worker,
    matching_app,
    placement_decision,
    protocol="https",
    label="chosen carer and reasons",
)
tm.flow(matching_app, manager, placement_decision, protocol="https", label="for sign-off")
tm.flow(manager, matching_app, placement_decision, protocol="https", label="sign-off")
tm.flow(matching_app, case_system, placement_decision, protocol="https")
tm.flow(matching_app, audit_log, audit_entries)

tm.flow(case_system, extract, child_record, placement_decision, label="quarterly export")
tm.flow(carer_register, extract, carer_profile, label="quarterly export")
tm.flow(extract, history_set, placement_history)
tm.flow(history_set, training, placement_history)
tm.flow(training, registry, model_file)
tm.flow(registry, ranker, model_file, label="deploy")
