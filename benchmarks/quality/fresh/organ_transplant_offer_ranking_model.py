"""Organ transplant offer ranking: the first design, before any security review.

The national transplant service (an EU public body) allocates every deceased-donor
organ. A donor hospital's coordinator enters the donor and organ details in the
offer portal; a matching service applies the allocation rules to the waiting list,
and an in-house survival model ranks the compatible patients by expected benefit.
Tissue-typing labs send HLA typing and crossmatch results over the lab API.
Transplant coordinators at the national office review the ranked list before any
offer goes out; offers are paged to the transplant centre's surgeon on call, who
accepts or declines in the portal. Every offer and decision is kept in the offer
log, and outcomes from follow-up feed yearly retraining by the statistics team.
The portal runs on the service's cloud tenancy, reachable by hospitals over the
internet with smartcard SSO; clinical data sits in a restricted enclave,
encrypted at rest, with role-based access and audit logs.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Organ transplant offer ranking",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Ranks waiting-list patients for each donor organ offer; "
    "coordinators review and surgeons accept or decline.",
)

# ---------------------------------------------------------------- data assets
donor_offer = tg.Data(
    "Donor organ offer",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Donor demographics, blood group, HLA type, organ quality and ischaemia times.",
)
registrations = tg.Data(
    "Waiting-list registrations",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Patient identity, diagnosis, urgency status, antibodies, time on list.",
)
hla_results = tg.Data(
    "HLA typing and crossmatch results",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
match_features = tg.Data(
    "Donor-recipient match features", kind="features", sensitivity=tg.Sensitivity.REGULATED
)
benefit_scores = tg.Data(
    "Predicted transplant benefit", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
ranked_list = tg.Data(
    "Ranked candidate list",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
offer_notice = tg.Data(
    "Offer notification",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Offer reference, organ type and centre; details are read in the portal.",
)
offer_decision = tg.Data(
    "Offer decision",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Accept or decline, with the surgeon's reason code.",
)
outcomes = tg.Data(
    "Transplant outcomes",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Graft and patient survival from follow-up returns, linked to past offers.",
)
model_artifact = tg.Data(
    "Ranking model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
training_code = tg.Data("Training scripts", kind="code", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital network", trust=tg.Trust.PARTNER):
    # Enters the donor and organ details when a donor is identified.
    donor_coordinator = tm.add(tg.Actor("Donor hospital coordinator", role="donation specialist"))
    # Registers patients on the list and accepts or declines offers for the centre.
    surgeon = tm.add(tg.Actor("Transplant surgeon", role="transplant centre clinician"))
    # Tissue-typing labs report HLA typing and crossmatches for donors and patients.
    labs = tm.add(
        tg.DataSource(
            "Tissue-typing labs",
            origin=tg.Origin.PARTNER,
            provides={hla_results},
            description="Regional histocompatibility labs, posting results to the lab API.",
        )
    )

with tm.boundary("Paging provider", trust=tg.Trust.PARTNER):
    # Contracted SMS and pager service that alerts the surgeon on call.
    pager = tm.add(
        tg.ExternalService(
            "Paging gateway",
            provides=tg.ExternalCategory.GENERIC,
            description="Sends offer alerts by SMS and pager to on-call transplant teams.",
        )
    )

with tm.boundary("Transplant service cloud", trust=tg.Trust.INTERNAL):
    # National office staff who check the ranked list before offers are made.
    coordinator = tm.add(tg.Actor("Transplant coordinator", role="national offering coordinator"))
    # Web portal and lab API used by every hospital and lab in the country.
    portal = tm.add(
        tg.Endpoint(
            "Offer portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="national health smartcard SSO (OIDC)"),
                c.RBAC(),
                c.InputValidation(note="form and lab message schema checks"),
            },
        )
    )
    # Applies blood-group, size and urgency rules, then asks the model to order the rest.
    matcher = tm.add(
        tg.Service(
            "Matching service",
            description="Filters the waiting list by allocation policy and ranks with the model.",
            controls={
                c.HumanInTheLoop(approver="transplant coordinator"),
            },
        )
    )
    # Predicts post-transplant survival benefit for each compatible candidate.
    model = tm.add(
        tg.Model(
            "Transplant benefit ranking model",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted survival model trained on national outcomes.",
        )
    )
    # Record of every offer, the ranking shown and each accept or decline.
    offer_log = tm.add(
        tg.DataStore(
            "Offer log",
            stores={ranked_list, offer_decision},
            controls={c.AuditLogging(retention_days=3650)},
        )
    )

    with tm.boundary("Clinical data enclave", trust=tg.Trust.RESTRICTED):
        # The national waiting list: the system of record for every registered patient.
        waiting_list = tm.add(
            tg.DataStore(
                "Waiting-list registry",
                stores={registrations, hla_results, outcomes},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(),
                    c.AuditLogging(retention_days=3650),
                },
            )
        )
        # Historical offers joined with follow-up outcomes, extracted for retraining.
        training_set = tm.add(
            tg.Dataset(
                "Outcome training set",
                stores={outcomes, match_features},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
    # Statistician who maintains the model and runs the yearly retraining.
    statistician = tm.add(tg.Actor("Statistics team", role="statistician", privileged=True))
    # Yearly retraining and evaluation job.
    training = tm.add(
        tg.Pipeline(
            "Model retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="concordance and calibration checked by the team")},
        )
    )
    # Stores approved model versions for the matching service to load.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
# a donor is offered
tm.flow(donor_coordinator, portal, donor_offer, protocol="https")
tm.flow(portal, matcher, donor_offer)
tm.flow(labs, portal, hla_results, protocol="https", label="lab API")
tm.flow(portal, waiting_list, hla_results)

# patients are registered
tm.flow(surgeon, portal, registrations, protocol="https", label="registers patient")
tm.flow(portal, waiting_list, registrations)

# ranking
tm.flow(waiting_list, matcher, registrations, hla_results, label="eligible candidates")
tm.flow(matcher, model, match_features)
tm.flow(model, matcher, benefit_scores)
tm.flow(matcher, offer_log, ranked_list)
tm.flow(matcher, portal, ranked_list)
tm.flow(portal, coordinator, ranked_list, protocol="https", label="review ranking")
tm.flow(coordinator, portal, ranked_list, protocol="https", label="confirms offer sequence")

# offering
tm.flow(portal, pager, offer_notice, protocol="https")
tm.flow(pager, surgeon, offer_notice, protocol="sms")
tm.flow(portal, surgeon, donor_offer, protocol="https", label="offer details")
tm.flow(surgeon, portal, offer_decision, protocol="https", label="accept or decline")
tm.flow(portal, offer_log, offer_decision)
tm.flow(surgeon, portal, outcomes, protocol="https", label="follow-up returns")
tm.flow(portal, waiting_list, outcomes)

# retraining
tm.flow(offer_log, training_set, offer_decision, label="historical offers")
tm.flow(waiting_list, training_set, outcomes, label="follow-up outcomes")
tm.flow(training_set, training, outcomes, match_features)
tm.flow(statistician, training, training_code)
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="load on release")
