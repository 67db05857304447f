-- An account whose password someone else chose (the first instructor, colleagues created by an
-- instructor) must choose its own at the next sign-in.
alter table app_user add column must_change_password boolean default false not null;
