"""School uniform bank donation matcher: the first design, before any security review.

A charity runs a school uniform bank. Parents ask for uniforms for their children
through a public web form (child's first name, sizes, school, contact details).
School staff refer families in need through a referral portal, giving a short
referral reason. Volunteers log donated items with photos on their phones, and a
small in-house matching model pairs open requests with donated stock; volunteers
then see packing lists, pack the orders and mark them ready. Parents get a
collection e-mail through a hosted e-mail service. Parents' contact details and
referral reasons are kept in the charity's hosted CRM. Everything the charity
runs sits in one small cloud tenancy. Controls in this design: HTTPS on every
public link, form validation, e-mail and password accounts for school referrers,
Google Workspace sign-in for volunteers, the CRM's built-in roles and the cloud
provider's default encryption at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "School uniform bank donation matcher",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Matches parents' uniform requests and school referrals with donated stock.",
)

# ---------------------------------------------------------------- data assets
uniform_request = tg.Data(
    "Uniform request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Child's first name, school, year group, sizes, parent's name, phone and e-mail.",
)
referral = tg.Data(
    "School referral",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Family contact details and the school's reason for referring them.",
)
referral_status = tg.Data("Referral status", kind="records", sensitivity=tg.Sensitivity.PII)
family_record = tg.Data(
    "Family contact record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Parents' contact details, children's schools and referral reasons.",
)
donation_record = tg.Data(
    "Donation record",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Item type, school, size, condition and shelf location.",
)
donation_photo = tg.Data("Donation photo", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
stock_levels = tg.Data("Stock levels", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
match_input = tg.Data(
    "Open requests for matching",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Request ids with school, item and size; no names or contact details.",
)
match_proposal = tg.Data("Match proposal", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
packing_list = tg.Data(
    "Packing list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Child's first name, school, items and sizes for each order.",
)
collection_email = tg.Data(
    "Collection e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Tells the parent the order is ready and where to collect it.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can fill in the public request form.
    parent = tm.add(tg.Actor("Parent", role="parent or carer"))
    # Volunteers use their own phones to log donations and read packing lists.
    volunteer = tm.add(tg.Actor("Volunteer", role="volunteer"))

with tm.boundary("Partner schools", trust=tg.Trust.PARTNER):
    # Pastoral or office staff at a school that refers families.
    referrer = tm.add(tg.Actor("School referrer", role="school pastoral staff"))

with tm.boundary("Charity cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public form where parents ask for uniforms.
    request_form = tm.add(
        tg.Endpoint(
            "Uniform request form",
            purpose=tg.EndpointPurpose.API,
            controls={c.InputValidation(note="required fields, size and school picked from lists")},
        )
    )
    # Schools log in here to refer a family and follow the referral.
    referral_portal = tm.add(
        tg.Endpoint(
            "School referral portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password per school referrer")},
        )
    )
    # Volunteers' web app: log donations with photos, see packing lists, mark orders packed.
    volunteer_app = tm.add(
        tg.Endpoint(
            "Volunteer web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="charity Google Workspace sign-in")},
        )
    )
    # Back end that holds orders, calls the matcher and syncs families to the CRM.
    order_service = tm.add(
        tg.Service(
            "Order service",
            description="Keeps requests and orders, runs matching, builds packing lists.",
        )
    )
    # Pairs open requests with donated stock by school, item and size.
    matcher = tm.add(
        tg.Model(
            "Uniform matching model",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Ranks stock items for each open request; volunteers pack the top match.",
        )
    )
    # Donated items and what is left on the shelves.
    stock_db = tm.add(
        tg.DataStore(
            "Stock database",
            stores={donation_record, stock_levels},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Photos volunteers take of each donation.
    photo_bucket = tm.add(
        tg.DataStore(
            "Donation photo bucket",
            stores={donation_photo},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )

with tm.boundary("CRM vendor", trust=tg.Trust.PARTNER):
    # The charity's hosted CRM: families, contact details and referral reasons.
    crm = tm.add(
        tg.DataStore(
            "Charity CRM",
            stores={family_record},
            controls={c.RBAC(note="CRM built-in staff and volunteer roles")},
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends collection e-mails to parents.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
tm.flow(parent, request_form, uniform_request, protocol="https")
tm.flow(request_form, order_service, uniform_request)

tm.flow(referrer, referral_portal, referral, protocol="https")
tm.flow(referral_portal, order_service, referral)
tm.flow(order_service, referral_portal, referral_status)
tm.flow(referral_portal, referrer, referral_status, protocol="https")

tm.flow(order_service, crm, family_record, protocol="https", label="create or update family")
tm.flow(crm, order_service, family_record, protocol="https", label="existing family lookup")

tm.flow(volunteer, volunteer_app, donation_record, donation_photo, protocol="https")
tm.flow(volunteer_app, photo_bucket, donation_photo)
tm.flow(photo_bucket, volunteer_app, donation_photo)
tm.flow(volunteer_app, stock_db, donation_record, stock_levels, label="log donation, mark packed")

tm.flow(stock_db, matcher, stock_levels)
tm.flow(order_service, matcher, match_input)
tm.flow(matcher, order_service, match_proposal)

tm.flow(order_service, volunteer_app, packing_list)
tm.flow(volunteer_app, order_service, packing_list, label="order packed")
tm.flow(volunteer_app, volunteer, packing_list, donation_photo, protocol="https")

tm.flow(order_service, email, collection_email, protocol="https")
tm.flow(email, parent, collection_email, protocol="smtp")
